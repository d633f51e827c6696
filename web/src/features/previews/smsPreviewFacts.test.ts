import { describe, expect, it } from 'vitest';
import { smsPreviewFacts } from './smsPreviewFacts';

describe('smsPreviewFacts', () => {
  it('keeps a short text an SMS (90 bytes, a Hangul character counts 2)', () => {
    const facts = smsPreviewFacts({ text: '가'.repeat(45) });
    expect(facts).toMatchObject({ type: 'SMS', bytes: 90, limit: 90 });
    expect(facts.switchReason).toBeUndefined();
  });

  it('says why a text became an LMS or MMS', () => {
    expect(smsPreviewFacts({ text: '가'.repeat(46) })).toMatchObject({
      type: 'LMS',
      bytes: 92,
      limit: 2000,
      switchReason: 'length',
    });
    expect(smsPreviewFacts({ text: '짧은 글', subject: '제목' }).switchReason).toBe('subject');
    expect(smsPreviewFacts({ text: '짧은 글', imageUrl: 'https://x/y.jpg' })).toMatchObject({
      type: 'MMS',
      switchReason: 'image',
    });
  });

  it('lists the emoji a phone would show as "?"', () => {
    expect(smsPreviewFacts({ text: '세일 🎉 시작' }).unsupportedChars).toEqual(['🎉']);
  });
});
