import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { solapiConfigSchema } from './providerConfig';
import { createSolapiAdapter } from './solapiAdapter';
import { anOutboundMessage } from './testing/anOutboundMessage';
import {
  NOT_KAKAO_USER,
  PEER_API_KEY,
  PEER_API_SECRET,
  type SolapiPeer,
  startSolapiPeer,
} from './testing/solapiPeer';

describe('Solapi-style adapter against a local HTTP peer', () => {
  let peer: SolapiPeer;
  const adapter = () =>
    createSolapiAdapter(
      solapiConfigSchema.parse({
        provider: 'solapi',
        baseUrl: peer.url,
        apiKey: PEER_API_KEY,
        apiSecret: PEER_API_SECRET,
        senderNumber: '02-1234-5678',
        kakaoChannelId: 'KA01PF_TEST',
      }),
    );

  beforeAll(async () => {
    peer = await startSolapiPeer();
  });
  afterAll(() => peer.close());
  beforeEach(() => {
    peer.requests.length = 0;
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

  it('sends an image as MMS', async () => {
    await adapter().send(
      anOutboundMessage('sms', { text: '신상품', imageUrl: 'https://cdn.example.com/a.jpg' }),
    );
    expect(peer.requests[0]!.json).toMatchObject({
      messages: [{ type: 'MMS', imageUrl: 'https://cdn.example.com/a.jpg' }],
    });
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
    );
    const denied = await wrong.send(anOutboundMessage('sms', { text: 'hi' }));
    expect(denied).toMatchObject({
      status: 'failed',
      retryable: false,
      error: expect.stringContaining('HTTP 401'),
    });
  });
});
