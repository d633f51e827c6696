import type { JourneyStats } from '@journeyflow/shared/api/stats';
import { formatCompactDuration } from '../components/formatCompactDuration';
import type { Translate } from './useT';

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
const seconds = (value: unknown) => (typeof value === 'number' ? formatCompactDuration(value) : '');

/** A refused entry's reason in the reader's language, from the engine's stable `code` + `params`. */
export function refusalText(
  t: Translate,
  code: string,
  params: Readonly<Record<string, unknown>> = {},
): string {
  switch (code) {
    case 'reentry_refused':
      if (params.rule === 'cooldown')
        return t('refusal.reentry.cooldown', { duration: seconds(params.cooldownSeconds) });
      return t(params.rule === 'after_exit' ? 'refusal.reentry.after_exit' : 'refusal.reentry.never');
    case 'entry_limit':
      return t('refusal.entry_limit', { limit: text(params.limit) });
    case 'where_mismatch':
      return t('refusal.where_mismatch', { event: text(params.event) });
    case 'behavior_window_not_met':
      if (params.withoutEvent) return t('refusal.behavior.without', { event: text(params.withoutEvent) });
      if (params.groupBy && params.count === undefined)
        return t('refusal.behavior.group', { groupBy: text(params.groupBy) });
      return t('refusal.behavior.count', {
        count: text(params.count ?? 0),
        event: text(params.event),
        window: seconds(params.withinSeconds),
        minCount: text(params.minCount),
      });
    case 'outside_active_period':
      return params.endsAt
        ? t('refusal.period.after', { at: text(params.endsAt) })
        : t('refusal.period.before', { at: text(params.startsAt) });
    default:
      return t('refusal.unknown', { code });
  }
}

const shortLabels = {
  reentry_refused: 'refusal.short.reentry_refused',
  entry_limit: 'refusal.short.entry_limit',
  where_mismatch: 'refusal.short.where_mismatch',
  behavior_window_not_met: 'refusal.short.behavior_window_not_met',
  outside_active_period: 'refusal.short.outside_active_period',
} as const;

/** "재진입 제한 14명, 진입 한도 3명": the stats' refused customers per code, most first. */
export function refusalSummary(t: Translate, refused: JourneyStats['refused']): string {
  return Object.entries(refused ?? {})
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code, n]) => {
      const key = shortLabels[code as keyof typeof shortLabels];
      return t('refusal.summary.item', { label: key ? t(key) : code, n: n.toLocaleString() });
    })
    .join(', ');
}
