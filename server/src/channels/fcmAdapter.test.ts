import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFcmAdapter } from './fcmAdapter';
import { fcmConfigSchema } from './providerConfig';
import { anOutboundMessage } from './testing/anOutboundMessage';
import { type RecordingServer, startRecordingServer } from './testing/startRecordingServer';

describe('FCM HTTP v1 adapter against a local HTTP peer', () => {
  let peer: RecordingServer;
  const adapter = () =>
    createFcmAdapter(
      fcmConfigSchema.parse({
        provider: 'fcm',
        baseUrl: peer.url,
        projectId: 'shop-app',
        accessToken: 'ya29.test',
      }),
    );
  const push = {
    title: '장바구니 알림',
    body: '담아둔 상품이 기다려요',
    deepLink: 'shop://cart',
    imageUrl: 'https://cdn/x.png',
  };

  beforeAll(async () => {
    peer = await startRecordingServer();
  });
  afterAll(() => peer.close());
  beforeEach(() => {
    peer.requests.length = 0;
  });

  it('posts messages:send per token with the bearer token and an FCM v1 payload', async () => {
    peer.respond = (_r, i) => ({ status: 200, body: { name: `projects/shop-app/messages/${i}` } });
    const message = anOutboundMessage('push', push, { to: { pushTokens: ['tok-a', 'tok-b'] } });
    const result = await adapter().send(message);
    expect(result).toEqual({ status: 'sent', providerMessageId: 'projects/shop-app/messages/0' });
    expect(peer.requests.map((r) => r.path)).toEqual([
      '/v1/projects/shop-app/messages:send',
      '/v1/projects/shop-app/messages:send',
    ]);
    expect(peer.requests[0]!.headers.authorization).toBe('Bearer ya29.test');
    expect(peer.requests[1]!.json).toEqual({
      message: {
        token: 'tok-b',
        notification: { title: push.title, body: push.body, image: push.imageUrl },
        data: { messageId: message.id, idempotencyKey: message.idempotencyKey, deepLink: 'shop://cart' },
        android: { notification: { click_action: 'shop://cart' } },
        apns: { payload: { aps: { 'mutable-content': 1 } } },
        fcm_options: { analytics_label: 'journeyflow' },
      },
    });
  });

  it('treats UNREGISTERED as final and UNAVAILABLE as retryable', async () => {
    peer.respond = () => ({
      status: 404,
      body: { error: { code: 404, status: 'NOT_FOUND', message: 'UNREGISTERED' } },
    });
    expect(await adapter().send(anOutboundMessage('push', push))).toMatchObject({
      status: 'failed',
      retryable: false,
      code: 'NOT_FOUND',
    });
    peer.respond = () => ({ status: 503, body: { error: { code: 503, status: 'UNAVAILABLE' } } });
    expect(await adapter().send(anOutboundMessage('push', push))).toMatchObject({
      status: 'failed',
      retryable: true,
    });
  });

  it('succeeds when one of several devices accepts', async () => {
    peer.respond = (_r, i) => (i === 0 ? { status: 404, body: {} } : { status: 200, body: { name: 'ok' } });
    const result = await adapter().send(
      anOutboundMessage('push', push, { to: { pushTokens: ['dead', 'alive'] } }),
    );
    expect(result).toEqual({ status: 'sent', providerMessageId: 'ok' });
  });
});
