import { describe, expect, it } from 'vitest';
import { composeAdPreview, isValidOptoutLine } from './adPreview';

describe('composeAdPreview', () => {
  it('puts (광고) and the sender first and the opt-out line last', () => {
    expect(
      composeAdPreview({ senderName: '데모몰', optoutLine: '무료수신거부 080-123-4567' }, '주말 특가!'),
    ).toBe('(광고)[데모몰] 주말 특가!\n무료수신거부 080-123-4567');
  });

  it('still starts with (광고) before the identity is set', () => {
    expect(composeAdPreview({ senderName: ' ', optoutLine: '' }, '쿠폰')).toBe('(광고) 쿠폰');
  });
});

describe('isValidOptoutLine', () => {
  it('wants the free opt-out words and a number', () => {
    expect(isValidOptoutLine('무료 수신거부 080-123-4567')).toBe(true);
    expect(isValidOptoutLine('080-123-4567')).toBe(false);
    expect(isValidOptoutLine('무료수신거부')).toBe(false);
  });
});
