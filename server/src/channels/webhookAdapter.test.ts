import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOutboundClient } from '../http/outbound/outboundClient';
import { createOutboundPolicy } from '../http/outbound/outboundPolicy';
import { webhookConfigSchema } from './providerConfig';
import { anOutboundMessage } from './testing/anOutboundMessage';
import { localPeerOutbound } from './testing/localPeerOutbound';
import { type RecordingServer, startRecordingServer } from './testing/startRecordingServer';
import { createWebhookAdapter } from './webhookAdapter';
import { signWebhook, verifyWebhookSignature } from './webhookSignature';

const SECRET = 'whsec_0123456789abcdef';

const outbound = localPeerOutbound();
afterAll(() => outbound.close());

describe('webhook adapter against a receiver that verifies the signature', () => {
  let receiver: RecordingServer;
  const adapter = (timeoutMs = 2000) =>
    createWebhookAdapter(
      webhookConfigSchema.parse({ provider: 'webhook', secret: SECRET, timeoutMs }),
      outbound,
    );

  beforeAll(async () => {
    receiver = await startRecordingServer((request) => {
      const ok = verifyWebhookSignature(
        SECRET,
        {
          signature: request.headers['x-journeyflow-signature'] as string | undefined,
          timestamp: request.headers['x-journeyflow-timestamp'] as string | undefined,
        },
        request.body,
      );
      return ok ? { status: 204 } : { status: 401, body: { error: 'bad signature' } };
    });
  });
  afterAll(() => receiver.close());
  beforeEach(() => {
    receiver.requests.length = 0;
  });

  it('posts signed JSON that the receiver accepts', async () => {
    const message = anOutboundMessage('webhook', {
      url: `${receiver.url}/hooks/crm`,
      body: { event: 'coupon_issued', externalId: 'user-1', coupon: 'SAVE10' },
    });
    expect(await adapter().send(message)).toEqual({ status: 'delivered' });
    const request = receiver.requests[0]!;
    expect(request.path).toBe('/hooks/crm');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['idempotency-key']).toBe(message.idempotencyKey);
    expect(request.json).toEqual({ event: 'coupon_issued', externalId: 'user-1', coupon: 'SAVE10' });
  });

  it('is refused when signed with another secret (the receiver really checks)', async () => {
    const forged = createWebhookAdapter(
      webhookConfigSchema.parse({ provider: 'webhook', secret: 'another-secret-0000', timeoutMs: 2000 }),
      outbound,
    );
    const result = await forged.send(anOutboundMessage('webhook', { url: receiver.url }));
    expect(result).toMatchObject({
      status: 'failed',
      retryable: false,
      error: expect.stringContaining('HTTP 401'),
    });
  });

  it('rejects a tampered body or a stale timestamp', () => {
    const now = 1_800_000_000;
    const body = '{"a":1}';
    const signature = signWebhook(SECRET, now, body);
    expect(verifyWebhookSignature(SECRET, { signature, timestamp: String(now) }, body, now)).toBe(true);
    expect(verifyWebhookSignature(SECRET, { signature, timestamp: String(now) }, '{"a":2}', now)).toBe(false);
    expect(verifyWebhookSignature(SECRET, { signature, timestamp: String(now) }, body, now + 3600)).toBe(
      false,
    );
  });

  it('times out a slow receiver as a retryable failure', async () => {
    const original = receiver.respond;
    receiver.respond = () => ({ status: 200, delayMs: 1500 });
    try {
      const result = await adapter(200).send(anOutboundMessage('webhook', { url: receiver.url }));
      expect(result).toMatchObject({
        status: 'failed',
        retryable: true,
        error: expect.stringMatching(/Timeout/i),
      });
    } finally {
      receiver.respond = original;
    }
  });

  it('fails with outbound_blocked, sending nothing, when the receiver is on a loopback address not allowed', async () => {
    const strict = createOutboundClient(createOutboundPolicy([]));
    try {
      const blocked = createWebhookAdapter(
        webhookConfigSchema.parse({ provider: 'webhook', secret: SECRET, timeoutMs: 2000 }),
        strict,
      );
      const port = new URL(receiver.url).port;
      for (const url of [
        receiver.url,
        `http://localhost:${port}/`,
        `http://2130706433:${port}/`,
        `http://[::ffff:127.0.0.1]:${port}/`,
        'http://169.254.169.254/latest/meta-data/',
      ]) {
        expect(await blocked.send(anOutboundMessage('webhook', { url }))).toMatchObject({
          status: 'failed',
          retryable: false,
          code: 'outbound_blocked',
        });
      }
      expect(receiver.requests).toHaveLength(0);
    } finally {
      await strict.close();
    }
  });

  it('sends an envelope when the send has no body', async () => {
    const message = anOutboundMessage('webhook', { url: receiver.url });
    await adapter().send(message);
    expect(receiver.requests[0]!.json).toEqual({
      messageId: message.id,
      externalId: 'user-1',
      journeyId: 'jrn_test',
      nodeId: 'n3',
      purpose: 'info',
    });
  });
});
