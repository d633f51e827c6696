import { ingestEvents } from '@journeyflow/engine/ingest/ingestEvents';
import { systemClock } from '@journeyflow/engine/ports/clock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import { createEngine } from '@journeyflow/engine/runtime/engine';
import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCustomer, aQueuedMessage } from '../channels/channelFixtures';
import { type HttpClient, startTestServer, type TestServer } from '../helpers/startTestServer';

type Journey = { id: string; status: string };

/** signed_up → wait 1 h → exit: an entered customer stays in the journey while it is paused or archived. */
const graph = aJourney().entryEvent('signed_up').wait('1h').exit().build().graph;

// Pause and archive change the journey, its runs and its queued messages in ONE transaction: with the
// broadcast that follows switched off, the HTTP answer alone must find runs paused and messages held.
describe.each(databaseKinds)('pause and archive stop at once on %s', (kind) => {
  let server: TestServer;
  let marketer: HttpClient;
  let admin: HttpClient;
  let reviewer: HttpClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    marketer = await server.login('marketer@demo.local');
    admin = await server.login('admin@demo.local');
    reviewer = await server.login('reviewer@demo.local');
    // No broadcast: nothing but the lifecycle transaction itself may change runs or messages.
    (server.db.notifier as { notify: unknown }).notify = async () => {};
  });
  afterAll(() => server?.close());

  /** A live journey with one waiting run and one queued message. */
  const liveJourneyWithTraffic = async () => {
    const created = await marketer.post<Journey>('/api/journeys', { name: `Stop ${Math.random()}`, graph });
    const id = created.body.id;
    await marketer.post(`/api/journeys/${id}/submit`);
    await reviewer.post(`/api/journeys/${id}/approve`, { comment: 'ok' });
    expect((await marketer.post(`/api/journeys/${id}/publish`, {})).status).toBe(200);
    const [journey] = await server.db.sql.query<{ workspace_id: string }>(
      'select workspace_id from journeys where id = $1',
      [id],
    );
    const workspaceId = String(journey?.workspace_id);
    const engine = await createEngine({
      db: server.db.sql,
      clock: systemClock,
      logger: silentLogger,
      ids: randomIds,
    });
    await ingestEvents(engine, workspaceId, [{ externalId: `stop-${id}`, name: 'signed_up' }]);
    const customer = await aCustomer(server.db.sql, workspaceId);
    const queued = await aQueuedMessage(server.db.sql, customer, {
      workspaceId,
      journeyId: id,
      channel: 'sms',
      rendered: { text: 'hi' },
      // Due a journey-day ahead (24 real minutes at the demo's 60×): the server's own delivery loop must
      // not send it between this setup and the lifecycle call; pause and archive act on it all the same.
      dueAt: new Date(Date.now() + 86_400_000),
    });
    const state = async () => ({
      runs: (
        await server.db.sql.query<{ status: string }>('select status from runs where journey_id = $1', [id])
      ).map((r) => r.status),
      message: (
        await server.db.sql.query<{ status: string; held: boolean; reason: string | null }>(
          'select status, held_at is not null as held, reason from outbox where id = $1',
          [queued.id],
        )
      )[0],
    });
    expect(await state()).toEqual({
      runs: ['waiting'],
      message: { status: 'queued', held: false, reason: null },
    });
    return { id, state };
  };

  it('pause holds runs and queued messages in its own transaction; resume releases them', async () => {
    const { id, state } = await liveJourneyWithTraffic();
    expect((await admin.post<Journey>(`/api/journeys/${id}/pause`)).body.status).toBe('paused');
    expect(await state()).toEqual({
      runs: ['paused'],
      message: { status: 'queued', held: true, reason: null },
    });
    expect((await admin.post<Journey>(`/api/journeys/${id}/resume`)).body.status).toBe('live');
    expect(await state()).toEqual({
      runs: ['waiting'],
      message: { status: 'queued', held: false, reason: null },
    });
  });

  it('archive ends runs and skips queued messages in its own transaction', async () => {
    const { id, state } = await liveJourneyWithTraffic();
    expect((await admin.post<Journey>(`/api/journeys/${id}/archive`)).body.status).toBe('archived');
    expect(await state()).toEqual({
      runs: ['exited'],
      message: { status: 'skipped', held: false, reason: 'journey_archived' },
    });
  });
});
