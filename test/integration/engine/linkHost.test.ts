import { ingestEvents } from '@journeyflow/engine/ingest/ingestEvents';
import { upsertCustomers } from '@journeyflow/engine/ingest/upsertCustomers';
import { createFakeClock } from '@journeyflow/engine/ports/fakeClock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { createEngine } from '@journeyflow/engine/runtime/engine';
import { databaseKinds, openTestDatabase } from '@journeyflow/server/db/testDatabase';
import { publishTestVersion } from '@journeyflow/server/db/testVersions';
import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EngineHarness } from './support/engineHarness';

const OTHER = 'ws_default_host';

describe.each(databaseKinds)('per-workspace short-link host on %s', (kind) => {
  let h: EngineHarness;
  let settingsReads = 0;
  beforeAll(async () => {
    const database = await openTestDatabase(kind);
    const clock = createFakeClock('2026-03-02T03:00:00.000Z');
    // Counts reads of messaging_settings (in transactions too), to check they happen once per workspace and batch.
    const counting = (inner: SqlClient): SqlClient => ({
      kind: inner.kind,
      query: (text, params) => {
        if (/from messaging_settings/.test(text)) settingsReads += 1;
        return inner.query(text, params);
      },
      transaction: (fn) => inner.transaction((tx) => fn(counting(tx))),
    });
    const engine = await createEngine(
      { db: counting(database.sql), clock, logger: silentLogger, ids: randomIds },
      { publicUrl: 'https://jf.example' },
    );
    h = new EngineHarness(database, engine, clock);
  });
  afterAll(() => h?.dispose());
  beforeEach(() => h.reset());

  it("builds links on the workspace's link host; another workspace keeps JOURNEYFLOW_PUBLIC_URL", async () => {
    await h.sql.query(
      `insert into messaging_settings (workspace_id, sender_name, optout_line, link_host)
       values ($1, 'Shop', '080-000-0000', 'https://go.shop.kr')`,
      [h.workspaceId],
    );
    const journey = aJourney()
      .entryEvent('signup')
      .wait('1h')
      .sms('쿠폰 https://shop.example.com/coupon?id=7 확인')
      .build();
    await h.publish(journey);
    await publishTestVersion(h.engine, {
      workspaceId: OTHER,
      journeyId: 'jrn_other',
      versionId: 'jrn_other_v1',
      version: 1,
      graph: journey.graph as never,
      settings: journey.settings as never,
    });
    for (const [ws, ids] of [
      [h.workspaceId, ['own-1', 'own-2']],
      [OTHER, ['def-1']],
    ] as const) {
      await upsertCustomers(
        h.engine,
        ws,
        ids.map((externalId, i) => ({ externalId, attributes: { phone: `010-4000-000${i}` } })),
      );
      await ingestEvents(
        h.engine,
        ws,
        ids.map((externalId) => ({ externalId, name: 'signup', properties: {} })),
      );
    }
    settingsReads = 0;
    await h.advance('1h'); // the three sends are one batch

    const text = async (externalId: string) =>
      String(((await h.outbox(externalId))[0]?.rendered as { text?: string } | undefined)?.text);
    for (const own of ['own-1', 'own-2']) {
      expect(await text(own)).toMatch(/^쿠폰 https:\/\/go\.shop\.kr\/l\/[0-9A-Za-z]{8} 확인$/);
    }
    expect(await text('def-1')).toMatch(/^쿠폰 https:\/\/jf\.example\/l\/[0-9A-Za-z]{8} 확인$/);
    // One read per workspace in the batch, not one per send.
    expect(settingsReads).toBe(2);
    // Every link is stored under its own workspace and leads to the original.
    const links = await h.sql.query<{ workspace_id: string; url: string }>(
      'select workspace_id, url from short_links order by workspace_id',
    );
    expect(links.map((l) => l.workspace_id).sort()).toEqual([OTHER, h.workspaceId, h.workspaceId].sort());
    for (const link of links) expect(link.url).toMatch(/^https:\/\/shop\.example\.com\/coupon\?id=7&utm_/);
  });
});
