import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { translate } from '../../../i18n/useT';
import { peopleTick, percentTick, wonTick } from './chartFormat';

describe('chart ticks', () => {
  it('carry separators and 원/명/% in Korean', async () => {
    await i18n.changeLanguage('ko');
    expect(wonTick(translate)(340_000)).toBe('34만원');
    expect(wonTick(translate)(2_500)).toBe('2,500원');
    expect(peopleTick(translate)(1_234)).toBe('1,234명');
    expect(percentTick(translate)(12.5)).toBe('12.5%');
  });

  it('read ₩340K in English', async () => {
    await i18n.changeLanguage('en');
    expect(wonTick(translate)(340_000)).toBe('₩340K');
    expect(peopleTick(translate)(9_999)).toBe('9,999');
    await i18n.changeLanguage('ko');
  });
});
