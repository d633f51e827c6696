import { ingestEvents } from '@journeyflow/engine/ingest/ingestEvents';
import { type EngineLoop, startEngineLoop } from '@journeyflow/engine/loop/engineLoop';
import { systemClock } from '@journeyflow/engine/ports/clock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import { createEngine, type Engine } from '@journeyflow/engine/runtime/engine';
import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EngineHarness } from './support/engineHarness';

/** Far longer than any of these tests may take: a poll can never be what stepped a run here. */
const LONG_POLL_MS = 10 * 60 * 1000;

describe.each(databaseKinds)('engine loop wake-ups on %s', (kind) => {
  let h: EngineHarness;
  let engine: Engine;
  let loop: EngineLoop | undefined;
  beforeAll(async () => {
    h = await EngineHarness.open(kind);
  });
  afterAll(() => h?.dispose());
  beforeEach(async () => {
    await h.reset();
    // The real clock: the loop sleeps in wall-clock time.
    engine = createEngine({ db: h.sql, clock: systemClock, logger: silentLogger, ids: randomIds });
  });
  afterEach(async () => {
    await loop?.stop();
    loop = undefined;
  });

  const publish = async (journey: ReturnType<typeof aJourney>) => {
    await h.publish(journey);
    engine.index.invalidate();
  };
  const track = (externalId: string, name: string) =>
    ingestEvents(engine, h.workspaceId, [{ externalId, name, properties: {} }]);
  const outboxCount = async () =>
    Number((await h.sql.query<{ n: number }>('select count(*)::int as n from outbox'))[0]?.n);
  const until = async (check: () => Promise<boolean>, ms: number) => {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      if (await check()) return true;
      await new Promise((r) => setTimeout(r, 25));
    }
    return check();
  };

  it('an event that starts a run has its message in the outbox when ingestion resolves, with no poll', async () => {
    await publish(aJourney().entryEvent('order').sms('주문 확인', 'info'));
    loop = startEngineLoop(engine, { pollMs: LONG_POLL_MS, schedules: false });
    await track('c1', 'order');
    expect(await outboxCount()).toBe(1);
  });

  it('a timer fires at its wake_at, not at the next poll', async () => {
    await publish(aJourney().entryEvent('order').wait(1).sms('하루 뒤 안내', 'info'));
    loop = startEngineLoop(engine, { pollMs: LONG_POLL_MS, schedules: false });
    await track('c1', 'order');
    expect(await outboxCount()).toBe(0);
    const [run] = await h.sql.query<{ wake: string }>(`select wake_at::text as wake from runs`);
    expect(run?.wake).toBeTruthy();
    // The loop went to sleep before this run existed: only the wake_at of a later look finds it.
    loop.wake();
    expect(await until(async () => (await outboxCount()) === 1, 15_000)).toBe(true);
  });

  it('wake() ends the sleep when another process makes a run due now', async () => {
    await publish(aJourney().entryEvent('order').wait(3600).sms('한 시간 뒤 안내', 'info'));
    await track('c1', 'order');
    loop = startEngineLoop(engine, { pollMs: LONG_POLL_MS, schedules: false });
    // Let the loop find nothing due and fall asleep (its next wake_at is an hour away).
    await new Promise((r) => setTimeout(r, 300));
    await h.sql.query(`update runs set wake_at = now() - interval '1 second' where status = 'waiting'`);
    expect(await until(async () => (await outboxCount()) === 1, 500)).toBe(false);
    loop.wake();
    expect(await until(async () => (await outboxCount()) === 1, 15_000)).toBe(true);
  });
});
