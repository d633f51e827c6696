import type { Locale } from '../../../i18n/localeStore';

export type DurationUnit = 'minutes' | 'hours' | 'days';

export const unitSeconds: Record<DurationUnit, number> = { minutes: 60, hours: 3600, days: 86_400 };

/** The largest unit that expresses `seconds` exactly, so 86400 shows as "1 day" and 5400 as "90 minutes". */
export function splitDuration(seconds: number): { amount: number; unit: DurationUnit } {
  for (const unit of ['days', 'hours', 'minutes'] as const) {
    if (seconds > 0 && seconds % unitSeconds[unit] === 0)
      return { amount: seconds / unitSeconds[unit], unit };
  }
  return { amount: Math.round((seconds / 60) * 100) / 100, unit: 'minutes' };
}

const unitText: Record<Locale, Record<DurationUnit, [string, string]>> = {
  en: { minutes: ['minute', 'minutes'], hours: ['hour', 'hours'], days: ['day', 'days'] },
  ko: { minutes: ['분', '분'], hours: ['시간', '시간'], days: ['일', '일'] },
};

export function formatDuration(seconds: number, locale: Locale): string {
  const { amount, unit } = splitDuration(Math.abs(seconds));
  const [one, many] = unitText[locale][unit];
  const sign = seconds < 0 ? '-' : '';
  return locale === 'ko' ? `${sign}${amount}${one}` : `${sign}${amount} ${amount === 1 ? one : many}`;
}
