import { describe, expect, it } from 'vitest';
import { en } from '../i18n/dictionary';
import type { Translate } from '../i18n/useT';
import { ApiError } from './ApiError';
import { limitErrorText } from './limitErrorText';

const t: Translate = (key, values) =>
  en[key].replace(/\{(\w+)\}/g, (match, name: string) => String(values?.[name] ?? match));

describe('limitErrorText', () => {
  it('names the exceeded cap and its maximum', () => {
    const error = new ApiError(422, 'limit_exceeded', 'Too large', { limit: 'inListLength', max: 10_000 });
    expect(limitErrorText(error, t)).toBe('Too large: at most 10,000 values in an "is one of" list.');
  });

  it('shows a segment loop as a path', () => {
    const error = new ApiError(422, 'segment_cycle', 'loop', { cycle: ['seg_a', 'seg_b', 'seg_a'] });
    expect(limitErrorText(error, t)).toContain('seg_a → seg_b → seg_a');
  });

  it('leaves other errors to their own message', () => {
    expect(limitErrorText(new ApiError(422, 'validation_failed', 'x'), t)).toBeUndefined();
  });
});
