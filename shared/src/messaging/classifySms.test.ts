import { describe, expect, it } from 'vitest';
import { classifySms } from './classifySms';

describe('classifySms', () => {
  it('keeps exactly 90 bytes an SMS', () => {
    const text = '가'.repeat(45);
    expect(classifySms({ text })).toMatchObject({ type: 'SMS', bytes: 90, limit: 90, overLimit: false });
  });

  it('makes 91 bytes an LMS', () => {
    const text = `${'가'.repeat(45)}a`;
    expect(classifySms({ text })).toMatchObject({ type: 'LMS', bytes: 91, limit: 2000, overLimit: false });
  });

  it('makes a short text with a subject an LMS and counts the subject', () => {
    expect(classifySms({ text: 'hi', subject: '안내' })).toMatchObject({
      type: 'LMS',
      bytes: 2,
      subjectBytes: 4,
    });
  });

  it('makes a message with an image an MMS', () => {
    expect(classifySms({ text: 'hi', imageUrl: 'https://x/y.jpg' })).toMatchObject({
      type: 'MMS',
      limit: 2000,
    });
  });

  it('flags text over 2,000 bytes and subjects over 40 bytes', () => {
    expect(classifySms({ text: 'a'.repeat(2000) }).overLimit).toBe(false);
    expect(classifySms({ text: 'a'.repeat(2001) }).overLimit).toBe(true);
    expect(classifySms({ text: 'a', subject: '가'.repeat(20) }).overLimit).toBe(false);
    expect(classifySms({ text: 'a', subject: '가'.repeat(21) }).overLimit).toBe(true);
  });

  it('reports unsupported characters from text and subject', () => {
    expect(classifySms({ text: '세일😀', subject: '🔥' }).unsupportedChars).toEqual(['😀', '🔥']);
  });
});
