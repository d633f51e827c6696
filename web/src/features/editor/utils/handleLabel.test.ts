import { describe, expect, it } from 'vitest';
import { en, ko, type MessageKey } from '../../../i18n/dictionary';
import type { Translate } from '../../../i18n/useT';
import { handleLabel } from './handleLabel';

const translator =
  (dictionary: typeof en | typeof ko): Translate =>
  (key: MessageKey) =>
    dictionary[key];

describe('handleLabel', () => {
  it('translates the fixed handles into Korean and keeps the English names', () => {
    expect(handleLabel(translator(ko), { id: 'failed', label: 'failed' })).toBe('실패');
    expect(handleLabel(translator(ko), { id: 'yes', label: 'yes' })).toBe('예');
    expect(handleLabel(translator(en), { id: 'failed', label: 'failed' })).toBe('failed');
  });

  it("keeps a branch's own label and an unknown handle as drawn", () => {
    expect(handleLabel(translator(ko), { id: 'b0', label: '쿠폰 A' })).toBe('쿠폰 A');
    expect(handleLabel(translator(ko), { id: 'b1', label: 'b1' })).toBe('b1');
  });
});
