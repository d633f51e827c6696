import type { MessageKey } from '../../../i18n/dictionary';
import type { Locale } from '../../../i18n/localeStore';
import { type Translate, translatorFor } from '../../../i18n/useT';

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

const singular = { minutes: 'minute', hours: 'hour', days: 'day' } as const;

/** "1 day", "90 minutes" / "1일", "90분": words from the dictionary (`duration.*`). */
export function formatDuration(seconds: number, locale: Locale): string {
  const { amount, unit } = splitDuration(Math.abs(seconds));
  const t: Translate = translatorFor(locale);
  const word = t((amount === 1 ? `duration.unit.${singular[unit]}` : `duration.unit.${unit}`) as MessageKey);
  return `${seconds < 0 ? '-' : ''}${t('duration.value', { amount, unit: word })}`;
}
