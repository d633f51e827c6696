import { createDeliveryWorker } from '@journeyflow/engine/delivery/deliveryWorker';
import { createFakeClock, type FakeClock } from '@journeyflow/engine/ports/fakeClock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import { createEngine } from '@journeyflow/engine/runtime/engine';
import { createChannelRegistry } from '@journeyflow/server/channels/channelRegistry';
import { createChannelSettingsStore } from '@journeyflow/server/channels/channelSettingsStore';
import { createCredentialCipher } from '@journeyflow/server/channels/credentialCipher';
import { createInappHub } from '@journeyflow/server/channels/inappHub';
import { localPeerOutbound } from '@journeyflow/server/channels/testing/localPeerOutbound';
import {
  NOT_KAKAO_USER,
  type SolapiPeer,
  sendSmsAndAlimtalkThrough,
  startSolapiPeer,
} from '@journeyflow/server/channels/testing/solapiPeer';
import { databaseKinds, openTestDatabase, type TestDatabase } from '@journeyflow/server/db/testDatabase';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aCustomer, aQueuedMessage, outboxRows } from './channelFixtures';

const SECRET_KEY = 'test-secret-key-0123456789abcdefghijklmnop';
const AD = { text: '(광고)[샵] 세일\n무료수신거부 080-123-4567' };
const consent = { sms: '2026-01-10T00:00:00Z', kakao: '2026-01-10T00:00:00Z' };

/**
 * Every delivery attempt — the first, a retry hours later, the SMS fallback — asks the same send rules as
 * the engine's send step (engine/src/rules); a violation marks the message skipped with the rule's code.
 */
describe.each(databaseKinds)('send rules at each delivery attempt on %s', (kind) => {
  let db: TestDatabase;
  let peer: SolapiPeer;
  let workspaceId: string;
  let clock: FakeClock;
  const cipher = createCredentialCipher(SECRET_KEY);

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    peer = await startSolapiPeer();
  });
  afterAll(async () => {
    await peer?.close();
    await db?.dispose();
  });
  beforeEach(async () => {
    workspaceId = `ws_${Math.random().toString(36).slice(2, 10)}`;
    peer.requests.length = 0;
    peer.failTypes.clear();
    // 20:50 in Seoul: ten minutes before the night window.
    clock = createFakeClock('2026-03-02T11:50:00.000Z');
    await sendSmsAndAlimtalkThrough(createChannelSettingsStore(db.sql, cipher), workspaceId, peer.url);
  });

  /** An SMS ad for `customer`, due now. */
  const queueSmsAdNow = (customer: Parameters<typeof aQueuedMessage>[1]) =>
    aQueuedMessage(db.sql, customer, {
      workspaceId,
      channel: 'sms',
      purpose: 'ad',
      rendered: AD,
      dueAt: clock.now(),
    });
  const aWorker = () =>
    createDeliveryWorker(
      createEngine({ db: db.sql, clock, logger: silentLogger, ids: randomIds }),
      createChannelRegistry({
        sql: db.sql,
        settings: createChannelSettingsStore(db.sql, cipher),
        hub: createInappHub(),
        outbound: localPeerOutbound(),
        ttlMs: 0,
      }),
      { backoff: { baseMs: 20 * 60_000, maxMs: 3_600_000 }, maxAttempts: 3 },
    );

  const statuses = async () =>
    (await outboxRows(db.sql, workspaceId)).map((r) => [r.channel, r.status, r.reason]);

  it('a retried ad that comes due after 21:00 is skipped without night consent (night_window), sent with it', async () => {
    const plain = await aCustomer(db.sql, workspaceId, { consent });
    const nightOwl = await aCustomer(db.sql, workspaceId, {
      consent: { ...consent, night: '2026-01-10T00:00:00Z' },
    });
    for (const customer of [plain, nightOwl]) {
      await queueSmsAdNow(customer);
    }
    const original = peer.respond;
    let calls = 0;
    peer.respond = (request, index) => {
      calls += 1;
      return calls <= 2 ? { status: 503, body: { errorMessage: 'busy' } } : original(request, index);
    };
    try {
      const worker = aWorker();
      expect(await worker.runOnce()).toMatchObject({ retried: 2 });
      clock.advance(20 * 60); // 21:10 in Seoul
      expect(await worker.runOnce()).toMatchObject({ skipped: 1, sent: 1 });
    } finally {
      peer.respond = original;
    }
    expect((await statuses()).map(([, status, reason]) => [status, reason]).sort()).toEqual([
      ['sent', null],
      ['skipped', 'night_window_at_send: 21:00-08:00 Asia/Seoul'],
    ]);
  });

  it('the night window follows the customer timezone', async () => {
    const newYorker = await aCustomer(db.sql, workspaceId, { consent });
    await db.sql.query(`update customers set timezone = 'America/New_York' where id = $1`, [newYorker.id]);
    clock.set('2026-03-02T13:00:00.000Z'); // 22:00 in Seoul, 08:00 in New York
    await queueSmsAdNow(newYorker);
    expect(await aWorker().runOnce()).toMatchObject({ sent: 1 });
  });

  it('an AlimTalk ad never goes out, and neither does its SMS fallback', async () => {
    clock.set('2026-03-02T01:00:00.000Z');
    peer.failTypes.set('ATA', NOT_KAKAO_USER);
    const customer = await aCustomer(db.sql, workspaceId, { consent });
    await aQueuedMessage(db.sql, customer, {
      workspaceId,
      channel: 'alimtalk',
      purpose: 'ad',
      rendered: { templateCode: 'T', variables: {} },
      fallback: { channel: 'sms', content: AD, rendered: AD },
      dueAt: clock.now(),
    });
    expect(await aWorker().runOnce()).toMatchObject({ skipped: 1 });
    expect(await statuses()).toEqual([['alimtalk', 'skipped', 'alimtalk_ad_forbidden_at_send: alimtalk']]);
    expect(peer.requests).toHaveLength(0);
  });

  it('the SMS fallback of an AlimTalk is checked at its own attempt: informational, so no night window', async () => {
    clock.set('2026-03-02T01:00:00.000Z');
    peer.failTypes.set('ATA', NOT_KAKAO_USER);
    const customer = await aCustomer(db.sql, workspaceId, { consent: {} });
    await aQueuedMessage(db.sql, customer, {
      workspaceId,
      channel: 'alimtalk',
      purpose: 'info',
      rendered: { templateCode: 'T', variables: {} },
      fallback: { channel: 'sms', content: { text: '[샵] 배송 안내' }, rendered: { text: '[샵] 배송 안내' } },
      dueAt: clock.now(),
    });
    const worker = aWorker();
    expect(await worker.runOnce()).toMatchObject({ fellBack: 1 });
    // Ten hours later (a stuck queue), 21:00 has passed, but an informational fallback has no night window.
    clock.advance(10 * 3600);
    expect(await worker.runOnce()).toMatchObject({ sent: 1 });
    expect((await statuses()).map(([channel, status]) => [channel, status])).toEqual([
      ['alimtalk', 'failed'],
      ['sms', 'sent'],
    ]);
  });

  it('caps at delivery: ads that reached the customer since the step count (per channel and in total)', async () => {
    clock.set('2026-03-02T01:00:00.000Z');
    await db.sql.query(`insert into messaging_settings (workspace_id, total_ad_cap) values ($1, $2::jsonb)`, [
      workspaceId,
      JSON.stringify({ enabled: true, max: 2, perSeconds: 86_400 }),
    ]);
    const customer = await aCustomer(db.sql, workspaceId, { consent });
    // Two ads on other channels went out an hour ago (e.g. by another journey after this step).
    for (const channel of ['brandmessage', 'push'] as const) {
      const sent = await aQueuedMessage(db.sql, customer, {
        workspaceId,
        channel,
        purpose: 'ad',
        rendered: AD,
        dueAt: new Date(clock.now().getTime() - 3_600_000),
      });
      await db.sql.query(`update outbox set status = 'sent' where id = $1`, [sent.id]);
    }
    await queueSmsAdNow(customer);
    expect(await aWorker().runOnce()).toMatchObject({ skipped: 1 });
    expect((await statuses()).at(-1)).toEqual(['sms', 'skipped', 'total_ad_cap_at_send: 2/24h']);
    expect(peer.requests).toHaveLength(0);
  });

  it('two ads queued together never refuse each other at delivery', async () => {
    clock.set('2026-03-02T01:00:00.000Z');
    const customer = await aCustomer(db.sql, workspaceId, { consent });
    for (let i = 0; i < 2; i++) {
      await queueSmsAdNow(customer);
    }
    expect(await aWorker().runOnce()).toMatchObject({ sent: 2 });
  });
});
