import { createVerify, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFcmAdapter, pushCollapseKey } from './fcmAdapter';
import { fcmConfigSchema } from './providerConfig';
import { anOutboundMessage } from './testing/anOutboundMessage';
import { localPeerOutbound } from './testing/localPeerOutbound';
import { type RecordingServer, startRecordingServer } from './testing/startRecordingServer';

const outbound = localPeerOutbound();
afterAll(() => outbound.close());

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
      outbound,
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
        // A retry with the same idempotency key collapses with the first push on the device.
        android: {
          collapse_key: pushCollapseKey(message.idempotencyKey),
          notification: { click_action: 'shop://cart', tag: pushCollapseKey(message.idempotencyKey) },
        },
        apns: {
          headers: { 'apns-collapse-id': pushCollapseKey(message.idempotencyKey) },
          payload: { aps: { 'mutable-content': 1 } },
        },
        fcm_options: { analytics_label: 'journeyflow' },
      },
    });
  });

  it('derives a stable collapse key per idempotency key, within the APNs limit', () => {
    expect(pushCollapseKey('run_1:n3:1')).toBe(pushCollapseKey('run_1:n3:1'));
    expect(pushCollapseKey('run_1:n3:1')).not.toBe(pushCollapseKey('run_1:n3:2'));
    expect(pushCollapseKey('run_1:n3:1')).toMatch(/^[0-9a-f]{32}$/);
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

describe('FCM with a service-account key file, against a local token endpoint and FCM peer', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let peer: RecordingServer;
  let tokensIssued = 0;
  const serviceAccount = () =>
    JSON.stringify({
      type: 'service_account',
      client_email: `push@shop-app-${tokensIssued}.iam.gserviceaccount.com`,
      private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      token_uri: `${peer.url}/token`,
    });
  const push = { title: '쿠폰 도착', body: '오늘만 10% 할인' };
  /** An adapter with a fresh key file (a new client_email per test, so no token is cached yet). */
  const keyFileAdapter = () =>
    createFcmAdapter(
      fcmConfigSchema.parse({
        provider: 'fcm',
        baseUrl: peer.url,
        projectId: 'shop-app',
        serviceAccountJson: serviceAccount(),
      }),
      outbound,
    );

  /** Checks the RS256 JWT-bearer assertion like Google's token endpoint would. */
  const verifyAssertion = (body: string) => {
    const form = new URLSearchParams(body);
    expect(form.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    const [header, claims, signature] = String(form.get('assertion')).split('.');
    const valid = createVerify('RSA-SHA256')
      .update(`${header}.${claims}`)
      .verify(publicKey, Buffer.from(String(signature), 'base64url'));
    return { valid, claims: JSON.parse(Buffer.from(String(claims), 'base64url').toString()) };
  };

  beforeAll(async () => {
    peer = await startRecordingServer();
  });
  afterAll(() => peer.close());
  beforeEach(() => {
    peer.requests.length = 0;
    tokensIssued++;
  });

  it('mints an access token with a signed JWT, sends with it and reuses it for later messages', async () => {
    peer.respond = (request) => {
      if (request.path === '/token') {
        const { valid } = verifyAssertion(request.body);
        return valid
          ? { status: 200, body: { access_token: 'ya29.minted', expires_in: 3599, token_type: 'Bearer' } }
          : { status: 400, body: { error: 'invalid_grant' } };
      }
      return { status: 200, body: { name: 'projects/shop-app/messages/1' } };
    };
    const adapter = keyFileAdapter();
    expect(await adapter.send(anOutboundMessage('push', push))).toMatchObject({ status: 'sent' });
    expect(await adapter.send(anOutboundMessage('push', push))).toMatchObject({ status: 'sent' });
    expect(peer.requests.map((r) => r.path)).toEqual([
      '/token',
      '/v1/projects/shop-app/messages:send',
      '/v1/projects/shop-app/messages:send',
    ]);
    const { claims } = verifyAssertion(peer.requests[0]!.body);
    expect(claims).toMatchObject({
      scope: 'https://www.googleapis.com/auth/firebase.messaging',
      aud: `${peer.url}/token`,
      iss: expect.stringContaining('@shop-app-'),
    });
    expect(claims.exp - claims.iat).toBe(3600);
    expect(peer.requests[1]!.headers.authorization).toBe('Bearer ya29.minted');
  });

  it('fails for good when the token endpoint refuses the key, and retries when it is down', async () => {
    const adapter = keyFileAdapter();
    peer.respond = () => ({ status: 400, body: { error: 'invalid_grant' } });
    expect(await adapter.send(anOutboundMessage('push', push))).toMatchObject({
      status: 'failed',
      retryable: false,
      error: expect.stringContaining('invalid_grant'),
    });
    peer.respond = () => ({ status: 503, body: {} });
    expect(await adapter.send(anOutboundMessage('push', push))).toMatchObject({
      status: 'failed',
      retryable: true,
    });
    expect(peer.requests.every((r) => r.path === '/token')).toBe(true);
  });

  it('refuses a key file whose token_uri points at a link-local address (outbound_blocked), asking nobody', async () => {
    const adapter = createFcmAdapter(
      fcmConfigSchema.parse({
        provider: 'fcm',
        baseUrl: peer.url,
        projectId: 'shop-app',
        serviceAccountJson: JSON.stringify({
          ...JSON.parse(serviceAccount()),
          token_uri: 'http://169.254.169.254/computeMetadata/v1/token',
        }),
      }),
      outbound,
    );
    expect(await adapter.send(anOutboundMessage('push', push))).toMatchObject({
      status: 'failed',
      retryable: false,
      code: 'outbound_blocked',
      error: expect.stringContaining('FCM auth: 169.254.169.254 is a link-local address'),
    });
    expect(peer.requests).toHaveLength(0);
  });

  it('rejects a config without credentials or with a file that is not a key file', () => {
    const base = { provider: 'fcm', projectId: 'shop-app' };
    expect(fcmConfigSchema.safeParse(base).error?.issues[0]?.path).toEqual(['serviceAccountJson']);
    expect(
      fcmConfigSchema.safeParse({ ...base, serviceAccountJson: '{"client_email":"x"}' }).error?.issues[0]
        ?.message,
    ).toMatch(/service-account key file/);
  });
});
