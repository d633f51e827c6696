import { journeyNowMs } from '../api/journeyClock';
import type { Locale } from '../i18n/localeStore';

const steps: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "3 minutes ago" / "3분 전". */
export function formatRelativeTime(iso: string, locale: Locale, now = Date.now()): string {
  let value = (new Date(iso).getTime() - now) / 1000;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of steps) {
    if (Math.abs(value) < size) return format.format(Math.round(value), unit);
    value /= size;
  }
  return new Date(iso).toLocaleDateString(locale);
}

/**
 * For moments stamped on the journey clock (sends, runs, events): "3분 전" measured from the journey
 * clock's now (`X-Journey-Now`), which on a scaled demo runs ahead of the browser's clock.
 */
export const formatJourneyRelativeTime = (iso: string, locale: Locale): string =>
  formatRelativeTime(iso, locale, journeyNowMs());
