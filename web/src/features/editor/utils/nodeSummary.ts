import type { DraftJourneyNode } from '@journeyflow/shared/journey/graph';
import type { NodeType } from '@journeyflow/shared/journey/nodeRegistry';
import { i18n } from '../../../i18n/i18n';
import { channelLabel, purposeLabel } from '../../../i18n/labels';
import type { Locale } from '../../../i18n/localeStore';
import type { Translate } from '../../../i18n/useT';
import { formatDuration } from './formatDuration';

type AnySettings = Record<string, unknown>;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number => (typeof value === 'number' ? value : 0);

/** One line under the node title saying what the step does with its current settings, in the given language. */
export function nodeSummary(type: NodeType, settings: DraftJourneyNode['settings'], locale: Locale): string {
  const s = settings as AnySettings;
  const t = i18n.getFixedT(locale) as Translate;
  const duration = (value: unknown) => formatDuration(num(value), locale);
  switch (type) {
    case 'entry.event':
      return str(s.event) || t('summary.chooseEvent');
    case 'entry.behavior':
      if (!s.event) return t('summary.chooseEvent');
      return t(s.withoutEvent ? 'summary.behaviorWithout' : 'summary.behavior', {
        event: str(s.event),
        count: num(s.minCount),
        duration: duration(s.withinSeconds),
        without: str(s.withoutEvent),
      });
    case 'entry.segment':
      return str(s.segmentId) || t('summary.chooseSegment');
    case 'entry.grade':
      return Array.isArray(s.to) && s.to.length > 0 ? `→ ${s.to.join(', ')}` : t('summary.chooseGrades');
    case 'entry.schedule':
      return str(s.cron) || str(s.at);
    case 'wait.duration':
      return duration(s.seconds);
    case 'wait.event':
      return s.event
        ? t('summary.waitEvent', { event: str(s.event), duration: duration(s.timeoutSeconds) })
        : t('summary.chooseEvent');
    case 'wait.time_of_day':
      return `${str(s.time)}${Array.isArray(s.days) && s.days.length > 0 ? ` (${s.days.join(', ')})` : ''}`;
    case 'wait.until':
      return str(s.at) || str(s.attribute);
    case 'wait.predicted':
      return str(s.attribute);
    case 'condition':
      return t('summary.yesNo');
    case 'split.multi':
    case 'split.random':
      return Array.isArray(s.branches) ? t('summary.branches', { n: s.branches.length }) : '';
    case 'send':
      return t('summary.send', {
        channel: channelLabel(t, str(s.channel)),
        purpose: purposeLabel(t, s.purpose === 'ad' ? 'ad' : 'info'),
      });
    case 'update':
      return typeof s.set === 'object' && s.set ? Object.keys(s.set).join(', ') : '';
    case 'exit':
      return '';
  }
}
