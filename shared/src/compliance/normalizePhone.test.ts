import { describe, expect, it } from 'vitest';
import { normalizePhone } from './normalizePhone';

describe('normalizePhone', () => {
  it('brings Korean numbers to domestic digits so opt-outs match however they were written', () => {
    for (const raw of [
      '010-1234-5678',
      '010 1234 5678',
      '+82 10-1234-5678',
      '+821012345678',
      '821012345678',
      '0082-10-1234-5678',
    ]) {
      expect(normalizePhone(raw)).toBe('01012345678');
    }
    expect(normalizePhone('02-123-4567')).toBe('021234567');
  });

  it('rejects what is not a phone number', () => {
    expect(normalizePhone('hello')).toBeNull();
    expect(normalizePhone('12345')).toBeNull();
  });
});
