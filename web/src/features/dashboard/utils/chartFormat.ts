import type { Translate } from '../../../i18n/useT';

/**
 * Axis ticks with separators and the unit (원, 명, %). From 10,000 up, amounts shorten the way the reader
 * counts: 34만원 in Korean, ₩340K in English.
 */
export const wonTick = (t: Translate) => (n: number) => t('chart.won', { n: compact(t, n) });
export const peopleTick = (t: Translate) => (n: number) => t('chart.people', { n: compact(t, n) });
export const percentTick = (t: Translate) => (n: number) =>
  t('label.percent', { n: n.toLocaleString(t('chart.locale')) });

export function compact(t: Translate, n: number): string {
  const locale = t('chart.locale');
  if (Math.abs(n) < 10_000) return n.toLocaleString(locale);
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}
