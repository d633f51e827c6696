import { describe, expect, it } from 'vitest';
import { en, ko } from './dictionary';
import { refusalSummary, refusalText } from './refusalText';
import type { Translate } from './useT';

const translator =
  (dictionary: typeof en | typeof ko): Translate =>
  (key, values) =>
    dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) => String(values?.[name] ?? match));

describe('refusal texts', () => {
  it('renders each refusal code from its params in Korean and English', () => {
    const t = translator(ko);
    expect(refusalText(t, 'reentry_refused', { rule: 'never' })).toBe('재진입 불가 (한 번만 진입)');
    expect(refusalText(t, 'reentry_refused', { rule: 'cooldown', cooldownSeconds: 7200 })).toContain('2h');
    expect(refusalText(t, 'entry_limit', { limit: 3 })).toBe('시간당 진입 한도 3명 도달');
    expect(refusalText(translator(en), 'where_mismatch', { event: 'product_viewed' })).toBe(
      'product_viewed did not match the entry condition',
    );
    expect(
      refusalText(translator(en), 'behavior_window_not_met', {
        event: 'searched',
        count: 2,
        minCount: 3,
        withinSeconds: 86_400,
      }),
    ).toBe('2 × searched within 1d, needs 3');
    expect(refusalText(t, 'outside_active_period', { endsAt: '2026-12-31T23:59' })).toBe(
      '여정 종료 후 (종료: 2026-12-31T23:59)',
    );
    expect(refusalText(t, 'something_new', {})).toBe('진입 거절 (something_new)');
  });

  it('summarises the stats per reason, most frequent first', () => {
    expect(refusalSummary(translator(ko), { entry_limit: 3, reentry_refused: 14 })).toBe(
      '재진입 제한 14명, 진입 한도 3명',
    );
    expect(refusalSummary(translator(en), {})).toBe('');
  });
});
