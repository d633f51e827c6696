import { createChannelSettingsStore } from '@journeyflow/server/channels/channelSettingsStore';
import { createCredentialCipher } from '@journeyflow/server/channels/credentialCipher';
import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { describe, expect, it } from 'vitest';
import { aCustomer, aQueuedMessage, outboxRows } from './channelFixtures';
import { useDeliveryWorkerHarness } from './support/deliveryWorkerHarness';

describe.each(databaseKinds)('delivery worker on %s', (kind) => {
  const h = useDeliveryWorkerHarness(kind);
  const { clock, failures, aWorker, useSolapi, queueToNewCustomer } = h;

  it('retries with exponential backoff until the provider accepts', async () => {
    await useSolapi();
    const customer = await aCustomer(h.db.sql, h.workspaceId);
    const start = clock.now();
    await aQueuedMessage(h.db.sql, customer, {
      workspaceId: h.workspaceId,
      channel: 'sms',
      rendered: { text: 'hi' },
      dueAt: start,
    });
    const original = h.peer.respond;
    let calls = 0;
    h.peer.respond = (request, index) => {
      calls += 1;
      return calls <= 2 ? { status: 503, body: { errorMessage: 'busy' } } : original(request, index);
    };
    try {
      const worker = aWorker();
      expect(await worker.runOnce()).toMatchObject({ retried: 1 });
      let [row] = await outboxRows(h.db.sql, h.workspaceId);
      expect(row).toMatchObject({
        status: 'queued',
        attempts: 1,
        last_error: expect.stringContaining('HTTP 503'),
      });
      expect(new Date(row!.next_attempt_at!).getTime()).toBe(start.getTime() + 30_000);

      expect((await worker.runOnce()).claimed).toBe(0); // not due yet
      clock.advance(30);
      expect(await worker.runOnce()).toMatchObject({ retried: 1 });
      [row] = await outboxRows(h.db.sql, h.workspaceId);
      expect(new Date(row!.next_attempt_at!).getTime()).toBe(clock.now().getTime() + 60_000); // doubled

      clock.advance(60);
      expect(await worker.runOnce()).toMatchObject({ sent: 1 });
      [row] = await outboxRows(h.db.sql, h.workspaceId);
      expect(row).toMatchObject({
        status: 'sent',
        attempts: 3,
        last_error: null,
        provider_message_id: expect.any(String),
      });
      expect(h.peer.requests).toHaveLength(3);
      // The same idempotency key went to the provider on every attempt.
      expect(new Set(h.peer.sentKeys())).toEqual(new Set([row!.idempotency_key]));
    } finally {
      h.peer.respond = original;
    }
  });

  it('dead-letters after N attempts and resumes the run on the failed handle once', async () => {
    await useSolapi();
    const queued = await queueToNewCustomer({
      channel: 'sms',
      rendered: { text: 'hi' },
    });
    const original = h.peer.respond;
    h.peer.respond = () => ({ status: 500, body: { errorMessage: 'down' } });
    try {
      const worker = aWorker();
      for (let i = 0; i < 3; i++) {
        await worker.runOnce();
        clock.advance(3600);
      }
      await worker.runOnce();
      const [row] = await outboxRows(h.db.sql, h.workspaceId);
      expect(row).toMatchObject({
        status: 'failed',
        attempts: 3,
        reason: expect.stringMatching(/^dead_letter: failed after 3 attempts/),
      });
      expect(h.peer.requests).toHaveLength(3);
      expect(failures).toEqual([
        expect.objectContaining({ outboxId: queued.id, runId: queued.runId, nodeId: 'n3' }),
      ]);
    } finally {
      h.peer.respond = original;
    }
  });

  it('retries and then dead-letters when the channel settings cannot be decrypted (wrong secret key)', async () => {
    const foreign = createChannelSettingsStore(
      h.db.sql,
      createCredentialCipher('a-different-secret-key-0123456789abc'),
    );
    await foreign.put(
      h.workspaceId,
      'sms',
      { provider: 'solapi', baseUrl: h.peer.url, apiKey: 'k', apiSecret: 's', senderNumber: '0212345678' },
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
    const [row] = await outboxRows(h.db.sql, h.workspaceId);
    expect(row).toMatchObject({
      status: 'failed',
      attempts: 3,
      reason: expect.stringContaining('channel settings unusable'),
    });
    expect(h.peer.requests).toHaveLength(0);
  });
});
