import { createDeliveryWorker } from '@journeyflow/engine/delivery/deliveryWorker';
import type { DeliveryOutcome } from '@journeyflow/engine/delivery/outboxMessage';
import { reportDeliveryStatus } from '@journeyflow/engine/delivery/reportDeliveryStatus';
import { createFakeClock } from '@journeyflow/engine/ports/fakeClock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import { createEngine } from '@journeyflow/engine/runtime/engine';
import { createChannelRegistry } from '@journeyflow/server/channels/channelRegistry';
import { createChannelSettingsStore } from '@journeyflow/server/channels/channelSettingsStore';
import { createCredentialCipher } from '@journeyflow/server/channels/credentialCipher';
import { createInappHub } from '@journeyflow/server/channels/inappHub';
import { localPeerOutbound } from '@journeyflow/server/channels/testing/localPeerOutbound';
import { parseMime } from '@journeyflow/server/channels/testing/parseMime';
import {
  NOT_KAKAO_USER,
  PEER_API_KEY,
  PEER_API_SECRET,
  type SolapiPeer,
  sendSmsAndAlimtalkThrough,
  startSolapiPeer,
} from '@journeyflow/server/channels/testing/solapiPeer';
import {
  type RecordingServer,
  startRecordingServer,
} from '@journeyflow/server/channels/testing/startRecordingServer';
import { type SmtpSink, startSmtpSink } from '@journeyflow/server/channels/testing/startSmtpSink';
import { verifyWebhookSignature } from '@journeyflow/server/channels/webhookSignature';
import { databaseKinds, openTestDatabase, type TestDatabase } from '@journeyflow/server/db/testDatabase';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aCustomer, aQueuedMessage, outboxRows } from './channelFixtures';

const SECRET_KEY = 'test-secret-key-0123456789abcdefghijklmnop';
const LONG_TEXT =
  '[샵] 민지님, 주문하신 상품이 출발했어요. 카카오톡을 쓰지 않으셔서 문자로 알려드립니다. 배송 조회는 shop.example.com/track 에서 하실 수 있어요.';

describe.each(databaseKinds)('delivery worker on %s', (kind) => {
  let db: TestDatabase;
  let peer: SolapiPeer;
  let workspaceId: string;
  const clock = createFakeClock('2026-03-02T01:00:00.000Z');
  /** Leases run on the real clock, apart from the (scaled) journey clock; faked here to expire one. */
  const leaseClock = createFakeClock('2026-12-04T09:00:00.000Z');
  const cipher = createCredentialCipher(SECRET_KEY);
  const failures: DeliveryOutcome[] = [];
  const outbound = localPeerOutbound();
  const outcomes: DeliveryOutcome[] = [];

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    peer = await startSolapiPeer();
  });
  afterAll(async () => {
    await peer?.close();
    await outbound.close();
    await db?.dispose();
  });

  const useSolapi = async (extra: Record<string, unknown> = {}) => {
    await sendSmsAndAlimtalkThrough(createChannelSettingsStore(db.sql, cipher), workspaceId, peer.url, extra);
  };

  /** One due SMS each to `count` new customers. */
  const queueSmsToNewCustomers = async (count: number) => {
    for (let i = 0; i < count; i++) {
      await queueToNewCustomer({
        channel: 'sms',
        rendered: { text: 'hi' },
      });
    }
  };
  const aWorker = (options: Parameters<typeof createDeliveryWorker>[2] = {}) => {
    const settings = createChannelSettingsStore(db.sql, cipher);
    const channels = createChannelRegistry({
      sql: db.sql,
      settings,
      hub: createInappHub(),
      outbound,
      ttlMs: 0,
    });
    return createDeliveryWorker(
      createEngine({ db: db.sql, clock, logger: silentLogger, ids: randomIds }),
      channels,
      {
        leaseClock,
        backoff: { baseMs: 30_000, maxMs: 600_000 },
        maxAttempts: 3,
        onOutcome: async (_tx, outcome) => {
          outcomes.push(outcome);
          if (outcome.outcome === 'failed') failures.push(outcome);
        },
        ...options,
      },
    );
  };

  /** A message due now (unless `dueAt` says) to a new customer. */
  const queueToNewCustomer = (
    message: Omit<Parameters<typeof aQueuedMessage>[2], 'workspaceId' | 'dueAt'> & { dueAt?: Date },
  ) =>
    aCustomer(db.sql, workspaceId).then((customer) =>
      aQueuedMessage(db.sql, customer, { workspaceId, dueAt: clock.now(), ...message }),
    );

  beforeEach(() => {
    workspaceId = `ws_${Math.random().toString(36).slice(2, 10)}`;
    peer.requests.length = 0;
    peer.failTypes.clear();
    failures.length = 0;
    outcomes.length = 0;
  });

  it('delivers through the sandbox by default and records the result', async () => {
    const queued = await queueToNewCustomer({
      channel: 'sms',
      rendered: { text: '쿠폰 SAVE10' },
    });
    const tick = await aWorker().runOnce();
    expect(tick).toMatchObject({ claimed: 1, delivered: 1 });
    const [row] = await outboxRows(db.sql, workspaceId);
    expect(row).toMatchObject({
      status: 'delivered',
      attempts: 1,
      provider_message_id: `sandbox_${queued.id}`,
    });
    expect(peer.requests).toHaveLength(0);
  });

  it('sends only due messages', async () => {
    await queueToNewCustomer({
      channel: 'sms',
      rendered: { text: 'later' },
      dueAt: new Date(clock.now().getTime() + 60_000),
    });
    expect((await aWorker().runOnce()).claimed).toBe(0);
  });

  it('retries with exponential backoff until the provider accepts', async () => {
    await useSolapi();
    const customer = await aCustomer(db.sql, workspaceId);
    const start = clock.now();
    await aQueuedMessage(db.sql, customer, {
      workspaceId,
      channel: 'sms',
      rendered: { text: 'hi' },
      dueAt: start,
    });
    const original = peer.respond;
    let calls = 0;
    peer.respond = (request, index) => {
      calls += 1;
      return calls <= 2 ? { status: 503, body: { errorMessage: 'busy' } } : original(request, index);
    };
    try {
      const worker = aWorker();
      expect(await worker.runOnce()).toMatchObject({ retried: 1 });
      let [row] = await outboxRows(db.sql, workspaceId);
      expect(row).toMatchObject({
        status: 'queued',
        attempts: 1,
        last_error: expect.stringContaining('HTTP 503'),
      });
      expect(new Date(row!.next_attempt_at!).getTime()).toBe(start.getTime() + 30_000);

      expect((await worker.runOnce()).claimed).toBe(0); // not due yet
      clock.advance(30);
      expect(await worker.runOnce()).toMatchObject({ retried: 1 });
      [row] = await outboxRows(db.sql, workspaceId);
      expect(new Date(row!.next_attempt_at!).getTime()).toBe(clock.now().getTime() + 60_000); // doubled

      clock.advance(60);
      expect(await worker.runOnce()).toMatchObject({ sent: 1 });
      [row] = await outboxRows(db.sql, workspaceId);
      expect(row).toMatchObject({
        status: 'sent',
        attempts: 3,
        last_error: null,
        provider_message_id: expect.any(String),
      });
      expect(peer.requests).toHaveLength(3);
      // The same idempotency key went to the provider on every attempt.
      expect(new Set(peer.sentKeys())).toEqual(new Set([row!.idempotency_key]));
    } finally {
      peer.respond = original;
    }
  });

  it('dead-letters after N attempts and resumes the run on the failed handle once', async () => {
    await useSolapi();
    const queued = await queueToNewCustomer({
      channel: 'sms',
      rendered: { text: 'hi' },
    });
    const original = peer.respond;
    peer.respond = () => ({ status: 500, body: { errorMessage: 'down' } });
    try {
      const worker = aWorker();
      for (let i = 0; i < 3; i++) {
        await worker.runOnce();
        clock.advance(3600);
      }
      await worker.runOnce();
      const [row] = await outboxRows(db.sql, workspaceId);
      expect(row).toMatchObject({
        status: 'failed',
        attempts: 3,
        reason: expect.stringMatching(/^dead_letter: failed after 3 attempts/),
      });
      expect(peer.requests).toHaveLength(3);
      expect(failures).toEqual([
        expect.objectContaining({ outboxId: queued.id, runId: queued.runId, nodeId: 'n3' }),
      ]);
    } finally {
      peer.respond = original;
    }
  });

  it('falls back from a failed AlimTalk to LMS exactly once and traces it', async () => {
    await useSolapi();
    peer.failTypes.set('ATA', NOT_KAKAO_USER);
    const queued = await queueToNewCustomer({
      channel: 'alimtalk',
      rendered: { templateCode: 'ORDER_SHIPPED', variables: { name: '민지' } },
      fallback: { channel: 'sms', content: { text: LONG_TEXT }, rendered: { text: LONG_TEXT } },
    });
    const [first, second] = [aWorker(), aWorker()];
    expect(await first.runOnce()).toMatchObject({ claimed: 1, fellBack: 1 });
    expect(await second.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    await first.runOnce();
    await second.runOnce();

    const rows = await outboxRows(db.sql, workspaceId);
    expect(rows.map((r) => [r.channel, r.status])).toEqual([
      ['alimtalk', 'failed'],
      ['sms', 'sent'],
    ]);
    expect(rows[0]!.reason).toBe('alimtalk_failed_fallback_sms: 3104: 카카오톡 미사용자');
    expect(rows[1]!.idempotency_key).toBe(`${queued.idempotencyKey}:fallback`);
    const [jsonTypes] = await db.sql.query(
      'select jsonb_typeof(content) as content, jsonb_typeof(rendered) as rendered from outbox where id = $1',
      [rows[1]!.id],
    );
    expect(jsonTypes).toEqual({ content: 'object', rendered: 'object' });
    const types = peer.requests.map((r) => (r.json as { messages: { type: string }[] }).messages[0]!.type);
    expect(types).toEqual(['ATA', 'LMS']);
    expect(failures).toEqual([]);
    // Only the fallback's result resumes the run.
    expect(outcomes).toEqual([
      expect.objectContaining({ outcome: 'sent', runId: queued.runId, channel: 'sms' }),
    ]);

    const trace = await db.sql.query<{ kind: string; reason: string; code: string; params: unknown }>(
      'select kind, reason, code, params from run_trace where run_id = $1',
      [queued.runId],
    );
    expect(trace).toEqual([
      {
        kind: 'fallback',
        reason: expect.stringContaining('fell back to sms'),
        // The same as code + params for the web's words (issue 16).
        code: 'send.fell_back',
        params: { channel: 'alimtalk', fallback: 'sms' },
      },
    ]);
  });

  it('takes the failed handle when the fallback fails too', async () => {
    await useSolapi();
    peer.failTypes.set('ATA', NOT_KAKAO_USER);
    peer.failTypes.set('SMS', { code: '3059', message: '변작된 발신번호' });
    const queued = await queueToNewCustomer({
      channel: 'alimtalk',
      rendered: { templateCode: 'T', variables: {} },
      fallback: { channel: 'sms', content: { text: 'short' } },
    });
    const worker = aWorker();
    await worker.runOnce();
    await worker.runOnce();
    expect(failures).toEqual([expect.objectContaining({ runId: queued.runId, channel: 'sms' })]);
    expect((await outboxRows(db.sql, workspaceId)).map((r) => r.status)).toEqual(['failed', 'failed']);
  });

  it('applies provider status reports: a later Kakao failure still falls back once; delivered; clicked', async () => {
    await useSolapi();
    const queued = await queueToNewCustomer({
      channel: 'alimtalk',
      rendered: { templateCode: 'T', variables: {} },
      fallback: { channel: 'sms', content: { text: 'short text' } },
    });
    const worker = aWorker();
    expect(await worker.runOnce()).toMatchObject({ sent: 1 }); // the provider accepted the AlimTalk
    const deps = {
      db: db.sql,
      clock,
      ids: randomIds,
      onOutcome: async (_tx: unknown, o: DeliveryOutcome) => {
        outcomes.push(o);
      },
    };
    const report = {
      workspaceId,
      idempotencyKey: queued.idempotencyKey,
      status: 'failed' as const,
      error: 'Kakao delivery failed',
    };
    expect(await reportDeliveryStatus(deps, report)).toMatchObject({
      result: 'fellBack',
      outboxId: queued.id,
    });
    expect(await reportDeliveryStatus(deps, report)).toMatchObject({ result: 'unchanged' });
    expect(await worker.runOnce()).toMatchObject({ sent: 1 });
    const [, fallbackRow] = await outboxRows(db.sql, workspaceId);
    expect(fallbackRow).toMatchObject({ channel: 'sms', status: 'sent' });

    expect(
      await reportDeliveryStatus(deps, {
        workspaceId,
        providerMessageId: fallbackRow!.provider_message_id!,
        status: 'delivered',
      }),
    ).toMatchObject({ result: 'updated' });
    expect((await outboxRows(db.sql, workspaceId))[1]).toMatchObject({ status: 'delivered' });
    expect(outcomes.map((o) => o.outcome)).toEqual(['sent', 'sent', 'delivered']);

    const click = { workspaceId, outboxId: fallbackRow!.id, status: 'clicked' as const };
    expect(await reportDeliveryStatus(deps, click)).toMatchObject({ result: 'updated' });
    expect(await reportDeliveryStatus(deps, click)).toMatchObject({ result: 'unchanged' });
    const events = await db.sql.query('select name from events where workspace_id = $1', [workspaceId]);
    expect(events).toEqual([{ name: 'message_clicked' }]);
    expect(
      await reportDeliveryStatus(deps, { workspaceId, outboxId: 'msg_nope', status: 'delivered' }),
    ).toEqual({
      result: 'not_found',
    });
  });

  it('never sends twice: two workers at once, then again', async () => {
    await useSolapi();
    const customers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => aCustomer(db.sql, workspaceId, { phone: `010-0000-00${10 + i}` })),
    );
    for (const customer of customers) {
      await aQueuedMessage(db.sql, customer, {
        workspaceId,
        channel: 'sms',
        rendered: { text: 'hi' },
        dueAt: clock.now(),
      });
    }
    const [a, b] = [aWorker({ batchSize: 5 }), aWorker({ batchSize: 5 })];
    await Promise.all([a.runOnce(), b.runOnce(), a.runOnce(), b.runOnce()]);
    await Promise.all([a.runOnce(), b.runOnce()]);
    await Promise.all([a.runOnce(), b.runOnce()]);
    const keys = peer.sentKeys();
    expect(keys).toHaveLength(12);
    expect(new Set(keys).size).toBe(12);
    expect((await outboxRows(db.sql, workspaceId)).every((r) => r.status === 'sent')).toBe(true);
  });

  it('honours 080 opt-outs for ads at send time (normalised numbers), not for info messages', async () => {
    await useSolapi();
    await db.sql.query(
      "insert into optouts (workspace_id, phone, source) values ($1, '01011112222', '080')",
      [workspaceId],
    );
    const customer = await aCustomer(db.sql, workspaceId, { phone: '+82 10-1111-2222' });
    await aQueuedMessage(db.sql, customer, {
      workspaceId,
      channel: 'sms',
      purpose: 'ad',
      rendered: { text: '(광고) 샵 세일 무료수신거부 080-123-4567' },
      dueAt: clock.now(),
    });
    await aQueuedMessage(db.sql, customer, {
      workspaceId,
      channel: 'sms',
      purpose: 'info',
      rendered: { text: '주문 확인' },
      dueAt: clock.now(),
    });
    expect(await aWorker().runOnce()).toMatchObject({ skipped: 1, sent: 1 });
    const rows = await outboxRows(db.sql, workspaceId);
    expect(rows.map((r) => [r.status, r.reason])).toEqual([
      ['skipped', 'opted_out_at_send: 080'],
      ['sent', null],
    ]);
    expect(peer.requests).toHaveLength(1);
  });

  it('re-checks marketing consent for ads at send time (withdrawn or older than 2 years)', async () => {
    await useSolapi();
    const given = await aCustomer(db.sql, workspaceId, { consent: { sms: '2026-01-10T00:00:00Z' } });
    const withdrawn = await aCustomer(db.sql, workspaceId, { consent: { sms: null } });
    const expired = await aCustomer(db.sql, workspaceId, { consent: { sms: '2023-01-01T00:00:00Z' } });
    for (const customer of [given, withdrawn, expired]) {
      await aQueuedMessage(db.sql, customer, {
        workspaceId,
        channel: 'sms',
        purpose: 'ad',
        rendered: { text: '(광고) 세일 무료수신거부 080-123-4567' },
        dueAt: clock.now(),
      });
    }
    expect(await aWorker().runOnce()).toMatchObject({ sent: 1, skipped: 2 });
    const reasons = (await outboxRows(db.sql, workspaceId)).map((r) => r.reason).sort();
    expect(reasons).toEqual([null, 'consent_expired_at_send: sms', 'consent_missing_at_send: sms'].sort());
    expect(peer.requests).toHaveLength(1);
  });

  it('retries and then dead-letters when the channel settings cannot be decrypted (wrong secret key)', async () => {
    const foreign = createChannelSettingsStore(
      db.sql,
      createCredentialCipher('a-different-secret-key-0123456789abc'),
    );
    await foreign.put(
      workspaceId,
      'sms',
      { provider: 'solapi', baseUrl: peer.url, apiKey: 'k', apiSecret: 's', senderNumber: '0212345678' },
      null,
    );
    await queueToNewCustomer({
      channel: 'sms',
      rendered: { text: 'hi' },
    });
    const worker = aWorker();
    for (let i = 0; i < 3; i++) {
      await worker.runOnce();
      clock.advance(3600);
    }
    const [row] = await outboxRows(db.sql, workspaceId);
    expect(row).toMatchObject({
      status: 'failed',
      attempts: 3,
      reason: expect.stringContaining('channel settings unusable'),
    });
    expect(peer.requests).toHaveLength(0);
  });

  it('picks up a message after the lease when its worker died mid-send, with the same idempotency key', async () => {
    await useSolapi();
    const queued = await queueToNewCustomer({
      channel: 'sms',
      rendered: { text: 'hi' },
    });
    // A worker that claims the row and then hangs forever, as if killed after the claim committed.
    const dead = createDeliveryWorker(
      createEngine({ db: db.sql, clock, logger: silentLogger, ids: randomIds }),
      { resolve: () => new Promise(() => {}) },
      { leaseClock, leaseMs: 60_000 },
    );
    void dead.runOnce();
    await expect.poll(async () => (await outboxRows(db.sql, workspaceId))[0]?.attempts).toBe(1);
    expect((await aWorker().runOnce()).claimed).toBe(0); // leased
    // The lease is on the real clock: journey time racing ahead (a 60× demo) does not release it.
    clock.advance(3600);
    expect((await aWorker().runOnce()).claimed).toBe(0);
    leaseClock.advance(61);
    expect(await aWorker().runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(peer.sentKeys()).toEqual([queued.idempotencyKey]);
  });

  it('does not call the provider for a row whose lease passed to another worker while it waited', async () => {
    await useSolapi();
    await queueSmsToNewCustomers(2);
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const sentBySlow: string[] = [];
    // One sender that stalls before its first provider call (a slow settings lookup, a GC pause…).
    const slow = createDeliveryWorker(
      createEngine({ db: db.sql, clock, logger: silentLogger, ids: randomIds }),
      {
        resolve: async () => {
          await gate;
          return {
            provider: 'stalled',
            channels: ['sms'],
            send: async (m) => {
              sentBySlow.push(m.idempotencyKey);
              return { status: 'sent' };
            },
          };
        },
      },
      { leaseClock, leaseMs: 60_000, concurrency: 1 },
    );
    const slowTick = slow.runOnce();
    await expect
      .poll(async () => (await outboxRows(db.sql, workspaceId)).every((r) => r.attempts === 1))
      .toBe(true);
    leaseClock.advance(61);
    expect(await aWorker().runOnce()).toMatchObject({ claimed: 2, sent: 2 });
    release();
    expect(await slowTick).toMatchObject({ claimed: 2, sent: 0, postponed: 2 });
    expect(sentBySlow).toEqual([]);
    expect(peer.sentKeys()).toHaveLength(2);
    expect((await outboxRows(db.sql, workspaceId)).map((r) => [r.status, r.attempts])).toEqual([
      ['sent', 2],
      ['sent', 2],
    ]);
  });

  it('limits the send rate per provider without spending attempts', async () => {
    await useSolapi({ ratePerSecond: 2 });
    await queueSmsToNewCustomers(5);
    const worker = aWorker({ concurrency: 1 });
    expect(await worker.runOnce()).toMatchObject({ sent: 2, postponed: 3 });
    expect(
      (await outboxRows(db.sql, workspaceId))
        .filter((r) => r.status === 'queued')
        .every((r) => r.attempts === 0),
    ).toBe(true);
    clock.advance(1);
    expect(await worker.runOnce()).toMatchObject({ sent: 2 });
    clock.advance(1);
    expect(await worker.runOnce()).toMatchObject({ sent: 1 });
    expect(peer.requests).toHaveLength(5);
  });

  it('shares the provider rate between workers on one database', async () => {
    await useSolapi({ ratePerSecond: 2 });
    await queueSmsToNewCustomers(4);
    // Two processes' workers, each claiming two rows: together they may send two per second, not four.
    const first = aWorker({ concurrency: 1, batchSize: 2 });
    const second = aWorker({ concurrency: 1, batchSize: 2 });
    expect(await first.runOnce()).toMatchObject({ claimed: 2, sent: 2 });
    expect(await second.runOnce()).toMatchObject({ claimed: 2, sent: 0, postponed: 2 });
    clock.advance(1);
    expect(await second.runOnce()).toMatchObject({ sent: 2 });
    expect(peer.requests).toHaveLength(4);
  });

  it('routes push, email and webhook to the configured FCM, SMTP and webhook providers', async () => {
    const fcm = await startRecordingServer(() => ({
      status: 200,
      body: { name: 'projects/shop/messages/1' },
    }));
    const receiver = await startRecordingServer((r) =>
      verifyWebhookSignature(
        'whsec_integration_0001',
        {
          signature: r.headers['x-journeyflow-signature'] as string | undefined,
          timestamp: r.headers['x-journeyflow-timestamp'] as string | undefined,
        },
        r.body,
      )
        ? { status: 200 }
        : { status: 401 },
    );
    const smtp: SmtpSink = await startSmtpSink();
    const others: RecordingServer[] = [fcm, receiver];
    try {
      const settings = createChannelSettingsStore(db.sql, cipher);
      await settings.put(
        workspaceId,
        'push',
        { provider: 'fcm', baseUrl: fcm.url, projectId: 'shop', accessToken: 'ya29.x' },
        null,
      );
      await settings.put(
        workspaceId,
        'email',
        { provider: 'smtp', host: '127.0.0.1', port: smtp.port, from: 'news@shop.example.com' },
        null,
      );
      await settings.put(
        workspaceId,
        'webhook',
        { provider: 'webhook', secret: 'whsec_integration_0001', timeoutMs: 2000 },
        null,
      );
      const customer = await aCustomer(db.sql, workspaceId, {
        email: 'minji@example.com',
        attributes: { pushTokens: ['token-a'] },
      });
      const now = clock.now();
      await aQueuedMessage(db.sql, customer, {
        workspaceId,
        channel: 'push',
        rendered: { title: '알림', body: '쿠폰 도착' },
        dueAt: now,
      });
      await aQueuedMessage(db.sql, customer, {
        workspaceId,
        channel: 'email',
        rendered: { subject: '주간 추천', html: '<p>안녕하세요</p>' },
        dueAt: now,
      });
      await aQueuedMessage(db.sql, customer, {
        workspaceId,
        channel: 'webhook',
        rendered: { url: `${receiver.url}/crm`, body: { event: 'coupon' } },
        dueAt: now,
      });
      expect(await aWorker().runOnce()).toMatchObject({ claimed: 3, sent: 2, delivered: 1 });
      expect(fcm.requests).toEqual([expect.objectContaining({ path: '/v1/projects/shop/messages:send' })]);
      expect((fcm.requests[0]!.json as { message: { token: string } }).message.token).toBe('token-a');
      expect(receiver.requests.map((r) => r.json)).toEqual([{ event: 'coupon' }]);
      expect(smtp.mails.map((m) => parseMime(m.raw).subject)).toEqual(['주간 추천']);
      expect((await outboxRows(db.sql, workspaceId)).map((r) => r.status).sort()).toEqual([
        'delivered',
        'sent',
        'sent',
      ]);
    } finally {
      await Promise.all([...others.map((o) => o.close()), smtp.close()]);
    }
  });

  it('keeps channel credentials encrypted at rest and out of listings', async () => {
    await useSolapi();
    const [row] = await db.sql.query<{ config: unknown; secrets: string }>(
      "select config, secrets from channel_settings where workspace_id = $1 and channel = 'sms'",
      [workspaceId],
    );
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(PEER_API_SECRET);
    expect(stored).not.toContain(PEER_API_KEY);
    expect(row!.secrets).toMatch(/^v1\./);
    const settings = createChannelSettingsStore(db.sql, cipher);
    const listed = JSON.stringify(await settings.list(workspaceId));
    expect(listed).not.toContain(PEER_API_SECRET);
    expect(listed).toContain('"secretsSet":["apiKey","apiSecret"]');
    expect(await settings.load(workspaceId, 'sms')).toMatchObject({ apiSecret: PEER_API_SECRET });
    // Another key cannot read them.
    const other = createChannelSettingsStore(
      db.sql,
      createCredentialCipher('another-secret-key-0123456789abcdef'),
    );
    await expect(other.load(workspaceId, 'sms')).rejects.toThrow();
  });
});
