import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nodeSummary } from '../features/editor/utils/nodeSummary';
import { i18n } from './i18n';
import { translatorFor, useT } from './useT';

describe('translatorFor', () => {
  afterEach(() => vi.restoreAllMocks());

  // Issue 15 (editor at size): i18next lookups were the largest item of drawing canvas cards.
  it('looks each text up in i18next once and answers repeats from memory, values included', () => {
    const lookups = vi.spyOn(i18n, 't');
    const t = translatorFor('ko');
    const first = t('summary.branches', { n: 3 });
    const calls = lookups.mock.calls.length;
    expect(t('summary.branches', { n: 3 })).toBe(first);
    expect(lookups.mock.calls.length).toBe(calls);
    expect(t('summary.branches', { n: 4 })).not.toBe(first);
    expect(t('summary.branches', { n: 4 })).toContain('4');
    expect(translatorFor('en')('summary.branches', { n: 3 })).not.toBe(first);
  });

  it('a card summary follows its settings object and language', () => {
    const settings = { seconds: 60 } as never;
    expect(nodeSummary('wait.duration', settings, 'en')).toBe('1 minute');
    expect(nodeSummary('wait.duration', settings, 'ko')).toMatch(/분/);
    expect(nodeSummary('wait.duration', { seconds: 5400 } as never, 'en')).toBe('90 minutes');
  });

  it('useT answers from the same memory (edges and panels call it once per render each)', () => {
    const { result } = renderHook(() => useT());
    const first = result.current('canvas.insertHere');
    const lookups = vi.spyOn(i18n, 't');
    expect(result.current('canvas.insertHere')).toBe(first);
    expect(lookups).not.toHaveBeenCalled();
  });
});
