import type { DraftJourneyNode } from '@journeyflow/shared/journey/graph';
import type { NodeType } from '@journeyflow/shared/journey/nodeRegistry';
import type { Locale } from '../../../i18n/localeStore';
import { formatDuration } from './formatDuration';

type AnySettings = Record<string, unknown>;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number => (typeof value === 'number' ? value : 0);

/** One line under the node title saying what the step does with its current settings. */
export function nodeSummary(type: NodeType, settings: DraftJourneyNode['settings'], locale: Locale): string {
  const s = settings as AnySettings;
  const ko = locale === 'ko';
  switch (type) {
    case 'entry.event':
      return str(s.event) || (ko ? '이벤트를 고르세요' : 'Choose an event');
    case 'entry.behavior':
      return s.event
        ? ko
          ? `${str(s.event)} ${num(s.minCount)}회 / ${formatDuration(num(s.withinSeconds), locale)}${s.withoutEvent ? `, ${str(s.withoutEvent)} 없음` : ''}`
          : `${str(s.event)} ×${num(s.minCount)} in ${formatDuration(num(s.withinSeconds), locale)}${s.withoutEvent ? `, no ${str(s.withoutEvent)}` : ''}`
        : ko
          ? '이벤트를 고르세요'
          : 'Choose an event';
    case 'entry.segment':
      return str(s.segmentId) || (ko ? '세그먼트를 고르세요' : 'Choose a segment');
    case 'entry.grade':
      return Array.isArray(s.to) && s.to.length > 0
        ? `→ ${s.to.join(', ')}`
        : ko
          ? '등급을 고르세요'
          : 'Choose grades';
    case 'entry.schedule':
      return str(s.cron) || str(s.at);
    case 'wait.duration':
      return formatDuration(num(s.seconds), locale);
    case 'wait.event':
      return s.event
        ? ko
          ? `${str(s.event)} 최대 ${formatDuration(num(s.timeoutSeconds), locale)}`
          : `${str(s.event)}, up to ${formatDuration(num(s.timeoutSeconds), locale)}`
        : ko
          ? '이벤트를 고르세요'
          : 'Choose an event';
    case 'wait.time_of_day':
      return `${str(s.time)}${Array.isArray(s.days) && s.days.length > 0 ? ` (${s.days.join(', ')})` : ''}`;
    case 'wait.until':
      return str(s.at) || str(s.attribute);
    case 'wait.predicted':
      return str(s.attribute);
    case 'condition':
      return ko ? '예 / 아니오' : 'yes / no';
    case 'split.multi':
    case 'split.random':
      return Array.isArray(s.branches) ? `${s.branches.length} ${ko ? '개 분기' : 'branches'}` : '';
    case 'send':
      return `${str(s.channel).toUpperCase()} · ${s.purpose === 'ad' ? (ko ? '광고' : 'ad') : ko ? '정보' : 'info'}`;
    case 'update':
      return typeof s.set === 'object' && s.set ? Object.keys(s.set).join(', ') : '';
    case 'exit':
      return '';
  }
}
