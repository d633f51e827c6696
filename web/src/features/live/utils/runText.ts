import type { JourneyRun } from '@journeyflow/shared/api/journeys';
import type { Translate } from '../../../i18n/useT';

/** "김*준 · 010-****-5678": the customer's name and masked phone, the external id only when neither is known. */
export function customerLabel(run: Pick<JourneyRun, 'externalId' | 'customerName' | 'phoneMasked'>): string {
  const parts = [run.customerName, run.phoneMasked].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' · ') : run.externalId;
}

export const runStatusLabel = (t: Translate, status: JourneyRun['status']): string => t(`live.run.${status}`);

/** What one group of waiting customers waits for, in words: "방해 금지 시간으로 08:00까지 대기 19명". */
export function waitingText(
  t: Translate,
  group: {
    code: string | null;
    until: string | null;
    day: string | null;
    event: string | null;
    count: number;
  },
  today: string,
): string {
  const n = group.count.toLocaleString(t('chart.locale'));
  const until = group.until
    ? group.day && group.day !== today
      ? t('live.wait.at', { day: group.day.slice(5).replace('-', '/'), time: group.until })
      : group.until
    : null;
  if (group.code === 'send.quiet_delayed' && until) return t('live.wait.quiet', { until, n });
  if (group.code === 'send.deferred') return t('live.wait.deferred', { n });
  if (group.event && until) return t('live.wait.eventUntil', { event: group.event, until, n });
  if (group.event) return t('live.wait.event', { event: group.event, n });
  if (until) return t('live.wait.until', { until, n });
  return t('live.wait.other', { n });
}
