import { createChannelSettingsStore } from '@journeyflow/server/channels/channelSettingsStore';
import { createCredentialCipher } from '@journeyflow/server/channels/credentialCipher';
import {
  PEER_API_KEY,
  PEER_API_SECRET,
  type SolapiPeer,
  startSolapiPeer,
} from '@journeyflow/server/channels/testing/solapiPeer';
import { openTestDatabase, type TestDatabase } from '@journeyflow/server/db/testDatabase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertExactlyOnce,
  seedRuns,
  sleep,
  startWorker,
  stopWorker,
  waitUntilAllDone,
} from './support/workerProcess';

describe('crash safety on PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase('postgres');
  });
  afterAll(() => db?.dispose());

  it('a worker killed with SIGKILL at random moments and restarted loses no run and duplicates no message', async () => {
    const customers = 3000;
    await seedRuns(db, customers);
    const url = db.url ?? '';
    let kills = 0;
    let stepsSeenBeforeKill = 0;
    const leftSteps = async () =>
      Number(
        (await db.sql.query<{ n: number }>(`select count(*)::int as n from run_trace where kind = 'left'`))[0]
          ?.n,
      );
    for (let round = 0; round < 6; round++) {
      const before = await leftSteps();
      const worker = startWorker(url);
      // Kill only once this worker is stepping, at a random moment of its work.
      const deadline = Date.now() + 30_000;
      while ((await leftSteps()) === before && Date.now() < deadline) await sleep(50);
      await sleep(Math.random() * 400);
      stepsSeenBeforeKill = Math.max(stepsSeenBeforeKill, await leftSteps());
      await stopWorker(worker, 'SIGKILL');
      kills++;
    }
    const last = startWorker(url);
    try {
      await waitUntilAllDone(db, customers, 120_000);
    } finally {
      await stopWorker(last, 'SIGTERM');
    }
    expect(kills).toBe(6);
    expect(stepsSeenBeforeKill).toBeGreaterThan(customers);
    await assertExactlyOnce(db, customers);
  }, 240_000);
});

// The delivery side of the same promise. Workers send every SMS through a slow provider peer and are
// killed mid-send. Between the provider's answer and the commit that records it, a kill cannot be told
// apart from a lost answer, so such a message is sent again after the lease — with the SAME idempotency
// key. "Exactly once" therefore means: every message reaches the provider at least once, a repeat happens
// only for a message in flight at a kill (at most the senders in flight per kill), never because two live
// workers held the same row, and the provider, de-duplicating by key, delivers each message once.
describe('delivery crash safety on PostgreSQL', () => {
  const SECRET_KEY = 'crash-test-secret-key-0123456789abcdef';
  const CONCURRENCY = 8; // the worker's default senders in flight
  let db: TestDatabase;
  let peer: SolapiPeer;
  beforeAll(async () => {
    db = await openTestDatabase('postgres');
    peer = await startSolapiPeer();
    const reply = peer.respond;
    peer.respond = (request, index) => ({ ...reply(request, index), delayMs: 40 });
  });
  afterAll(async () => {
    await peer?.close();
    await db?.dispose();
  });

  it('a delivery worker killed mid-send loses no message, and repeats only in-flight ones with the same key', async () => {
    const customers = 300;
    await seedRuns(db, customers);
    await createChannelSettingsStore(db.sql, createCredentialCipher(SECRET_KEY)).put(
      'ws_crash',
      'sms',
      {
        provider: 'solapi',
        baseUrl: peer.url,
        apiKey: PEER_API_KEY,
        apiSecret: PEER_API_SECRET,
        senderNumber: '02-1234-5678',
      },
      null,
    );
    const env = {
      JOURNEYFLOW_SECRET_KEY: SECRET_KEY,
      JOURNEYFLOW_OUTBOUND_ALLOW: '127.0.0.1',
      // Just over the Solapi adapter's 15 s timeout: a live worker's call never outlives its lease.
      JOURNEYFLOW_DELIVERY_LEASE_MS: '16000',
    };
    const url = db.url ?? '';
    let kills = 0;
    for (let round = 0; round < 4; round++) {
      const before = peer.requests.length;
      const worker = startWorker(url, 250, env);
      const deadline = Date.now() + 30_000;
      while (peer.requests.length === before && Date.now() < deadline) await sleep(20);
      await sleep(Math.random() * 300);
      await stopWorker(worker, 'SIGKILL');
      kills++;
    }
    expect(peer.requests.length).toBeGreaterThan(0);
    const last = startWorker(url, 250, env);
    try {
      await waitUntilAllDone(db, customers, 120_000);
      await expect
        .poll(
          async () =>
            Number(
              (
                await db.sql.query<{ n: number }>(
                  `select count(*)::int as n from outbox where status = 'sent'`,
                )
              )[0]?.n,
            ),
          { timeout: 60_000, interval: 250 },
        )
        .toBe(customers * 3);
    } finally {
      await stopWorker(last, 'SIGTERM');
    }
    await assertExactlyOnce(db, customers);
    const keys = (await db.sql.query<{ idempotency_key: string }>('select idempotency_key from outbox')).map(
      (r) => r.idempotency_key,
    );
    const sent = peer.sentKeys();
    // None lost: the provider saw every message; de-duplicated by key, it delivered each exactly once.
    expect(new Set(sent)).toEqual(new Set(keys));
    const repeats = sent.length - new Set(sent).size;
    expect(repeats).toBeLessThanOrEqual(kills * CONCURRENCY);
    // A repeated key is one whose attempt was in flight when its worker died: it took a second attempt.
    const counts = new Map<string, number>();
    for (const key of sent) counts.set(key, (counts.get(key) ?? 0) + 1);
    const repeated = [...counts].filter(([, n]) => n > 1).map(([key]) => key);
    if (repeated.length > 0) {
      const rows = await db.sql.query<{ attempts: number }>(
        'select attempts from outbox where idempotency_key = any($1::text[])',
        [repeated],
      );
      expect(rows.every((r) => Number(r.attempts) >= 2)).toBe(true);
    }
  }, 240_000);
});
