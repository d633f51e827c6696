import { createDeliveryWorker, type DeliveryWorker } from '@journeyflow/engine/delivery/deliveryWorker';
import {
  archiveJourneyTx,
  pauseJourneyTx,
  resumeJourneyTx,
} from '@journeyflow/engine/lifecycle/journeyLifecycle';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import { createScaledClock } from '@journeyflow/engine/ports/scaledClock';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { createEngine } from '@journeyflow/engine/runtime/engine';
import { createChannelRegistry } from '@journeyflow/server/channels/channelRegistry';
import { createChannelSettingsStore } from '@journeyflow/server/channels/channelSettingsStore';
import { createCredentialCipher } from '@journeyflow/server/channels/credentialCipher';
import { createInappHub } from '@journeyflow/server/channels/inappHub';
import { localPeerOutbound } from '@journeyflow/server/channels/testing/localPeerOutbound';
import {
  type RecordingServer,
  startRecordingServer,
} from '@journeyflow/server/channels/testing/startRecordingServer';
import type { Database } from '@journeyflow/server/db/database';
import { openDatabase } from '@journeyflow/server/db/openDatabase';
import { databaseKinds, openTestDatabase, type TestDatabase } from '@journeyflow/server/db/testDatabase';
import { storeTestVersion } from '@journeyflow/server/db/testVersions';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aCustomer, aQueuedMessage } from './channelFixtures';

const SECRET_KEY = 'test-secret-key-0123456789abcdefghijklmnop';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Two delivery workers, a slow webhook receiver and a journey clock at 60×: the old worker leased rows for
// 300 s of journey time (5 real seconds; here 15 s of journey time = 250 ms) and sent rows still queued in
// its memory after the lease had passed to the other worker. Leases now run on the real clock and are renewed
// right before each provider call, so each message reaches the receiver once.
describe.each(databaseKinds)('exactly-once delivery with two workers on %s', (kind) => {
  let db: TestDatabase;
  /** The second worker's own connections (PostgreSQL); PGlite is one process, so both share its handle. */
  let second: Database | undefined;
  let receiver: RecordingServer;
  let workspaceId: string;
  const journeyId = `jrn_flow_${kind}`;
  const cipher = createCredentialCipher(SECRET_KEY);
  const outbound = localPeerOutbound();
  /** Journey time runs 60× faster than the real clock, as in the demo. */
  const journeyClock = createScaledClock(60);

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    if (db.url) second = await openDatabase({ databaseUrl: db.url, maxConnections: 4 });
    receiver = await startRecordingServer(() => ({ status: 200, delayMs: 60 }));
  });
  afterAll(async () => {
    await receiver?.close();
    await outbound.close();
    await second?.close();
    await db?.dispose();
  });
  beforeEach(async () => {
    workspaceId = `ws_${Math.random().toString(36).slice(2, 10)}`;
    receiver.requests.length = 0;
    await createChannelSettingsStore(db.sql, cipher).put(
      workspaceId,
      'webhook',
      { provider: 'webhook', secret: 'whsec_exactly_once_01', timeoutMs: 10_000 },
      null,
    );
    const emptyGraph = {} as never;
    const versionId = `${journeyId}_v1`;
    await storeTestVersion(db.sql, {
      workspaceId,
      journeyId,
      versionId,
      version: 1,
      graph: emptyGraph,
      settings: {},
    });
    await db.sql.query(`update journey_versions set status = 'live' where id = $1`, [versionId]);
  });

  const aWorker = (sql: SqlClient): DeliveryWorker =>
    createDeliveryWorker(
      createEngine({ db: sql, clock: journeyClock, logger: silentLogger, ids: randomIds }),
      createChannelRegistry({
        sql,
        settings: createChannelSettingsStore(sql, cipher),
        hub: createInappHub(),
        outbound,
        ttlMs: 0,
      }),
      // Claims of up to 100, 4 senders; a 15 s lease (250 ms of real time under the old journey-clock lease),
      // longer than the receiver's timeout, as a lease must be.
      { batchSize: 100, concurrency: 4, leaseMs: 15_000 },
    );

  const queueWebhooks = async (count: number): Promise<string[]> => {
    const keys: string[] = [];
    for (let i = 0; i < count; i++) {
      const customer = await aCustomer(db.sql, workspaceId);
      const queued = await aQueuedMessage(db.sql, customer, {
        workspaceId,
        journeyId,
        channel: 'webhook',
        rendered: { url: `${receiver.url}/hook`, body: { n: i } },
        dueAt: new Date(0),
      });
      keys.push(queued.idempotencyKey);
    }
    return keys;
  };

  const receivedKeys = () => receiver.requests.map((r) => String(r.headers['idempotency-key']));
  const statusCounts = async () =>
    Object.fromEntries(
      (
        await db.sql.query<{ status: string; n: number }>(
          'select status, count(*)::int as n from outbox where workspace_id = $1 group by status',
          [workspaceId],
        )
      ).map((r) => [r.status, Number(r.n)]),
    );

  const untilDelivered = async (count: number) => {
    await expect
      .poll(async () => (await statusCounts()).delivered ?? 0, { timeout: 30_000, interval: 100 })
      .toBe(count);
  };

  /** Two delivery workers (on two connections when a second database client is open); answers their stop. */
  const startTwoWorkers = () => {
    const stops = [aWorker(db.sql).start(10), aWorker(second?.sql ?? db.sql).start(10)];
    return async () => {
      await Promise.all(stops.map((stop) => stop()));
    };
  };

  /** The receiver got every queued key, and none twice. */
  const expectEachReceivedOnce = (keys: string[]) => {
    const received = receivedKeys();
    expect(received).toHaveLength(keys.length);
    expect(new Set(received)).toEqual(new Set(keys));
  };

  it('sends each message once through a slow receiver', async () => {
    const keys = await queueWebhooks(120);
    const stopWorkers = startTwoWorkers();
    try {
      await untilDelivered(keys.length);
    } finally {
      await stopWorkers();
    }
    expectEachReceivedOnce(keys);
    expect(await statusCounts()).toEqual({ delivered: keys.length });
  }, 60_000);

  it('sends nothing of a paused journey once the pause commits, and the rest once after resume', async () => {
    const keys = await queueWebhooks(120);
    const stopWorkers = startTwoWorkers();
    try {
      await expect.poll(() => receiver.requests.length, { timeout: 20_000, interval: 5 }).toBeGreaterThan(20);
      await db.sql.transaction((tx) => pauseJourneyTx(tx, journeyId, journeyClock.now().toISOString()));
      // What may still reach the receiver: messages settled, or handed to the provider, before the commit.
      const before = await db.sql.query<{ idempotency_key: string }>(
        `select idempotency_key from outbox where workspace_id = $1 and (status <> 'queued' or handed_at is not null)`,
        [workspaceId],
      );
      const allowed = new Set(before.map((r) => r.idempotency_key));
      await sleep(1500);
      const afterPause = receivedKeys();
      expect(afterPause.filter((key) => !allowed.has(key))).toEqual([]);
      const [held] = await db.sql.query<{ n: number }>(
        `select count(*)::int as n from outbox where workspace_id = $1 and status = 'queued' and held_at is not null`,
        [workspaceId],
      );
      expect(Number(held?.n)).toBeGreaterThan(0);
      expect(afterPause.length).toBeLessThan(keys.length);

      await db.sql.transaction((tx) => resumeJourneyTx(tx, journeyId, journeyClock.now().toISOString()));
      await untilDelivered(keys.length);
    } finally {
      await stopWorkers();
    }
    expectEachReceivedOnce(keys);
  }, 60_000);

  it('archive skips messages not yet handed over and lets one under way record its answer', async () => {
    const [first, second] = await queueWebhooks(2);
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const handed: string[] = [];
    const worker = createDeliveryWorker(
      createEngine({ db: db.sql, clock: journeyClock, logger: silentLogger, ids: randomIds }),
      {
        resolve: async () => ({
          provider: 'gated',
          channels: ['webhook'],
          send: async (m) => {
            handed.push(m.idempotencyKey);
            await gate;
            return { status: 'delivered' };
          },
        }),
      },
      { concurrency: 1, leaseMs: 15_000 },
    );
    const tick = worker.runOnce();
    await expect.poll(() => handed.length).toBe(1);
    await db.sql.transaction((tx) => archiveJourneyTx(tx, journeyId, journeyClock.now().toISOString()));
    const rows = async () =>
      Object.fromEntries(
        (
          await db.sql.query<{ idempotency_key: string; status: string; reason: string | null }>(
            'select idempotency_key, status, reason from outbox where workspace_id = $1',
            [workspaceId],
          )
        ).map((r) => [r.idempotency_key, [r.status, r.reason]]),
      );
    const inFlight = handed[0] === first ? first : second;
    const waiting = inFlight === first ? second : first;
    expect(await rows()).toEqual({
      [String(inFlight)]: ['queued', null],
      [String(waiting)]: ['skipped', 'journey_archived'],
    });
    release();
    expect(await tick).toMatchObject({ claimed: 2, delivered: 1, postponed: 1 });
    expect(handed).toEqual([inFlight]);
    expect(await rows()).toEqual({
      [String(inFlight)]: ['delivered', null],
      [String(waiting)]: ['skipped', 'journey_archived'],
    });
  });
});
