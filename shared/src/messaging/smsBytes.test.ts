import { describe, expect, it } from 'vitest';
import { countSmsBytes, smsByteLength } from './smsBytes';

describe('smsByteLength', () => {
  it('counts ASCII as 1 byte', () => {
    expect(smsByteLength('Hello, world! 123')).toBe(17);
    expect(smsByteLength('')).toBe(0);
    expect(smsByteLength('line\nbreak')).toBe(10);
  });

  it('counts Hangul as 2 bytes, including syllables only in the CP949 extension', () => {
    expect(smsByteLength('안녕하세요')).toBe(10);
    // 똠, 햏 and 쌰 are not in KS X 1001 but CP949 encodes them.
    expect(countSmsBytes('똠햏쌰')).toEqual({ bytes: 6, unsupportedChars: [] });
    expect(smsByteLength('ㄱㅏ')).toBe(4);
  });

  it('counts KS X 1001 symbols and Hanja as 2 bytes', () => {
    expect(countSmsBytes('★※→①韓國')).toEqual({ bytes: 12, unsupportedChars: [] });
    expect(countSmsBytes('（광고）')).toEqual({ bytes: 8, unsupportedChars: [] });
  });

  it('reports emoji and other characters outside EUC-KR, counting them as 2 bytes', () => {
    expect(countSmsBytes('할인🎉')).toEqual({ bytes: 6, unsupportedChars: ['🎉'] });
    expect(countSmsBytes('🎉🎉€')).toEqual({ bytes: 6, unsupportedChars: ['🎉', '€'] });
  });

  it('counts mixed text', () => {
    // (광고)=6, [데모몰]=8, space=1, 10%=3, space=1, 할인=4
    expect(smsByteLength('(광고)[데모몰] 10% 할인')).toBe(23);
  });
});
