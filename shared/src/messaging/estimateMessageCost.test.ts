import { describe, expect, it } from 'vitest';
import { estimateMessageCost } from './estimateMessageCost';

describe('estimateMessageCost', () => {
  it('prices SMS by its byte type, Kakao by channel, and leaves free channels at 0', () => {
    expect(estimateMessageCost('sms', { text: '쿠폰 SAVE10' }, 1000)).toEqual({
      type: 'SMS',
      unitPrice: 20,
      recipients: 1000,
      total: 20_000,
    });
    expect(estimateMessageCost('sms', { text: '가'.repeat(46) }, 10).type).toBe('LMS');
    expect(estimateMessageCost('sms', { text: 'x', imageUrl: 'https://x/y.jpg' }, 1).type).toBe('MMS');
    expect(estimateMessageCost('alimtalk', { templateCode: 'T' }, 3, { ALIMTALK: 7.5 })).toMatchObject({
      type: 'ALIMTALK',
      total: 22.5,
    });
    expect(estimateMessageCost('brandmessage', { text: '(광고)' }, 2).type).toBe('BRAND_MESSAGE');
    expect(estimateMessageCost('push', { title: 't', body: 'b' }, 100)).toEqual({
      type: null,
      unitPrice: 0,
      recipients: 100,
      total: 0,
    });
  });
});
