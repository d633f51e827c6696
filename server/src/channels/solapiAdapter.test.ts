import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { solapiConfigSchema } from './providerConfig';
import { createSolapiAdapter } from './solapiAdapter';
import { anOutboundMessage } from './testing/anOutboundMessage';
import { localPeerOutbound } from './testing/localPeerOutbound';
import {
  NOT_KAKAO_USER,
  PEER_API_KEY,
  type SolapiPeer,
  solapiPeerSettings,
  startSolapiPeer,
} from './testing/solapiPeer';

const outbound = localPeerOutbound();
afterAll(() => outbound.close());

describe('Solapi-style adapter against a local HTTP peer', () => {
  let peer: SolapiPeer;
  const adapter = () => createSolapiAdapter(solapiConfigSchema.parse(solapiPeerSettings(peer.url)), outbound);

  // The image host MMS images are fetched from: a real local HTTP server.
  const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2048, 7)]);
  let images: { url: string; close: () => Promise<void> };
  /** Bytes the endless image host managed to write before the adapter hung up. */
  let endlessWritten = 0;

  beforeAll(async () => {
    peer = await startSolapiPeer();
    const server = createServer((req, res) => {
      if (req.url === '/endless.jpg') {
        // A JPEG header, then data for ever: only a streaming cap stops reading it.
        res.writeHead(200, { 'content-type': 'image/jpeg' });
        res.write(jpeg);
        const chunk = Buffer.alloc(16 * 1024, 7);
        const pump = () => {
          while (!res.destroyed && res.write(chunk)) endlessWritten += chunk.length;
          if (!res.destroyed) res.once('drain', pump);
        };
        pump();
        return;
      }
      if (req.url === '/moved.jpg') {
        res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/iam' }).end();
        return;
      }
      const files: Record<string, [number, string, Buffer]> = {
        '/new-arrival.jpg': [200, 'image/jpeg', jpeg],
        '/huge.jpg': [200, 'image/jpeg', Buffer.concat([jpeg, Buffer.alloc(250 * 1024)])],
        '/photo.png': [200, 'image/png', Buffer.from('\x89PNG\r\n')],
        '/busy.jpg': [503, 'text/plain', Buffer.from('busy')],
      };
      const [status, type, body] = files[req.url ?? ''] ?? [404, 'text/plain', Buffer.from('not found')];
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    images = {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      close: () =>
        new Promise((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    };
  });
  afterAll(async () => {
    await peer.close();
    await images.close();
  });
  beforeEach(() => {
    peer.requests.length = 0;
    peer.uploads.length = 0;
    peer.failTypes.clear();
  });

  it('sends a short Hangul text as SMS with a valid HMAC header and the idempotency key', async () => {
    const message = anOutboundMessage('sms', { text: '[샵] 민지님 쿠폰 SAVE10 드려요' });
    const result = await adapter().send(message);
    expect(result).toEqual({ status: 'sent', providerMessageId: 'M1' });
    const request = peer.requests[0]!;
    expect(request.path).toBe('/messages/v4/send-many/detail');
    expect(request.headers.authorization).toMatch(/^HMAC-SHA256 apiKey=NCS_TEST_KEY, date=/);
    expect(request.headers['idempotency-key']).toBe(message.idempotencyKey);
    expect(request.json).toMatchObject({
      messages: [
        {
          type: 'SMS',
          to: '01012345678',
          from: '0212345678',
          text: '[샵] 민지님 쿠폰 SAVE10 드려요',
          customFields: { idempotencyKey: message.idempotencyKey, outboxId: message.id },
        },
      ],
    });
  });

  it('classifies a text over 90 EUC-KR bytes as LMS and keeps its subject', async () => {
    const text =
      '안녕하세요 고객님, 장바구니에 담아두신 상품이 곧 품절될 예정입니다. 지금 구매하시면 10% 할인!';
    await adapter().send(anOutboundMessage('sms', { text, subject: '품절 임박' }));
    expect(peer.requests[0]!.json).toMatchObject({ messages: [{ type: 'LMS', subject: '품절 임박', text }] });
  });

  it('uploads an MMS image once (JPEG from its URL) and sends it by file id', async () => {
    const url = `${images.url}/new-arrival.jpg`;
    expect(await adapter().send(anOutboundMessage('sms', { text: '신상품', imageUrl: url }))).toMatchObject({
      status: 'sent',
    });
    await adapter().send(anOutboundMessage('sms', { text: '신상품 2', imageUrl: url }));
    expect(peer.requests.map((r) => r.path)).toEqual([
      '/storage/v1/files',
      '/messages/v4/send-many/detail',
      '/messages/v4/send-many/detail',
    ]);
    expect(peer.uploads).toHaveLength(1);
    expect(peer.uploads[0]!.equals(jpeg)).toBe(true);
    expect(peer.requests[0]!.json).toMatchObject({ type: 'MMS', name: 'new-arrival.jpg' });
    const sent = (peer.requests[1]!.json as { messages: Record<string, unknown>[] }).messages[0]!;
    expect(sent).toMatchObject({ type: 'MMS', imageId: 'ST01FILE1' });
    expect(sent).not.toHaveProperty('imageUrl');
  });

  it('fails an MMS for good when its image is too large, not a JPEG or gone; retries when the host is down', async () => {
    for (const [name, reason] of [
      ['huge.jpg', /KB; MMS allows 200 KB/],
      ['photo.png', /not a JPEG/],
      ['gone.jpg', /HTTP 404/],
    ] as const) {
      expect(
        await adapter().send(anOutboundMessage('sms', { text: '사진', imageUrl: `${images.url}/${name}` })),
      ).toMatchObject({ status: 'failed', retryable: false, error: expect.stringMatching(reason) });
    }
    expect(
      await adapter().send(anOutboundMessage('sms', { text: '사진', imageUrl: `${images.url}/busy.jpg` })),
    ).toMatchObject({ status: 'failed', retryable: true });
    expect(peer.requests).toHaveLength(0);
  });

  it('stops reading an image at 200 KB + 1 byte and fails the MMS with outbound_too_large', async () => {
    const result = await adapter().send(
      anOutboundMessage('sms', { text: '사진', imageUrl: `${images.url}/endless.jpg` }),
    );
    expect(result).toMatchObject({
      status: 'failed',
      retryable: false,
      code: 'outbound_too_large',
      error: expect.stringMatching(/MMS image: .*over 200 KB/),
    });
    // The host would write for ever; the adapter hung up after the cap (plus socket buffers).
    expect(endlessWritten).toBeLessThan(20 * 1024 * 1024);
    expect(peer.requests).toHaveLength(0);
  });

  it('refuses image URLs on link-local or redirected to link-local addresses (outbound_blocked)', async () => {
    for (const imageUrl of [
      'http://169.254.169.254/latest/meta-data/iam',
      'http://[::ffff:a9fe:a9fe]/latest',
      `${images.url}/moved.jpg`,
      'file:///etc/passwd',
    ]) {
      expect(await adapter().send(anOutboundMessage('sms', { text: '사진', imageUrl }))).toMatchObject({
        status: 'failed',
        retryable: false,
        code: 'outbound_blocked',
      });
    }
    expect(peer.requests).toHaveLength(0);
  });

  it('sends AlimTalk as ATA with #{variable} substitutions and buttons, provider SMS fallback off', async () => {
    await adapter().send(
      anOutboundMessage('alimtalk', {
        templateCode: 'ORDER_SHIPPED',
        variables: { name: '민지', orderNo: 'A-1001' },
        buttons: [{ name: '배송조회', url: 'https://shop.example.com/track/A-1001' }],
      }),
    );
    expect(peer.requests[0]!.json).toMatchObject({
      messages: [
        {
          type: 'ATA',
          kakaoOptions: {
            pfId: 'KA01PF_TEST',
            templateId: 'ORDER_SHIPPED',
            variables: { '#{name}': '민지', '#{orderNo}': 'A-1001' },
            buttons: [
              { buttonType: 'WL', buttonName: '배송조회', linkMo: 'https://shop.example.com/track/A-1001' },
            ],
            disableSms: true,
          },
        },
      ],
    });
  });

  it('sends a Brand Message with an image to friends and consenting non-friends', async () => {
    await adapter().send(
      anOutboundMessage(
        'brandmessage',
        { text: '(광고) 샵 겨울 세일', imageUrl: 'https://cdn.example.com/sale.jpg' },
        { purpose: 'ad' },
      ),
    );
    expect(peer.requests[0]!.json).toMatchObject({
      messages: [{ type: 'BMS_IMAGE', text: '(광고) 샵 겨울 세일', kakaoOptions: { targeting: 'M' } }],
    });
  });

  it('reports "not a KakaoTalk user" as a final failure (which triggers the SMS fallback)', async () => {
    peer.failTypes.set('ATA', NOT_KAKAO_USER);
    const result = await adapter().send(anOutboundMessage('alimtalk', { templateCode: 'T1', variables: {} }));
    expect(result).toEqual({ status: 'failed', retryable: false, code: '3104', error: '카카오톡 미사용자' });
  });

  it('treats provider 5xx as retryable', async () => {
    const original = peer.respond;
    peer.respond = () => ({ status: 503, body: { errorMessage: 'maintenance' } });
    try {
      const busy = await adapter().send(anOutboundMessage('sms', { text: 'hi' }));
      expect(busy).toMatchObject({
        status: 'failed',
        retryable: true,
        error: expect.stringContaining('HTTP 503'),
      });
    } finally {
      peer.respond = original;
    }
  });

  it('is refused with a wrong secret (the peer verifies the HMAC), and that is final', async () => {
    const wrong = createSolapiAdapter(
      solapiConfigSchema.parse({
        provider: 'solapi',
        baseUrl: peer.url,
        apiKey: PEER_API_KEY,
        apiSecret: 'not-the-secret',
        senderNumber: '0212345678',
      }),
      outbound,
    );
    const denied = await wrong.send(anOutboundMessage('sms', { text: 'hi' }));
    expect(denied).toMatchObject({
      status: 'failed',
      retryable: false,
      error: expect.stringContaining('HTTP 401'),
    });
  });
});
