import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/dictionary';
import type { Translate } from '../../i18n/useT';
import { daysAgo } from './daysAgo';

const t: Translate = (key, values) =>
  en[key].replace(/\{(\w+)\}/g, (match, name: string) => String(values?.[name] ?? match));

describe('daysAgo', () => {
  it('says today and yesterday, and counts days otherwise', () => {
    expect(daysAgo(t, 0)).toBe('today');
    expect(daysAgo(t, 1)).toBe('yesterday');
    expect(daysAgo(t, 2)).toBe('2 days ago');
    expect(daysAgo(t, 39)).toBe('39 days ago');
  });
});
