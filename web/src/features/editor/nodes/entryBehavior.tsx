import { useT } from '../../../i18n/useT';
import { DurationField, NumberField, TextField } from '../components/inspector/fields';
import { EventFields } from '../components/inspector/forms/EventFields';
import { type NodeFormProps, withOptional } from '../components/inspector/forms/formProps';
import { formatDuration } from '../utils/formatDuration';
import { num, str, summaryT, type WebNodePlugin } from './webNodePlugin';

export function EntryBehaviorForm({ settings, onChange, errors }: NodeFormProps<'entry.behavior'>) {
  const t = useT();
  return (
    <EventFields settings={settings} onChange={onChange} errors={errors} placeholder="product_viewed">
      <NumberField
        label={t('inspector.minCount')}
        value={settings.minCount}
        min={1}
        error={errors.get('minCount')}
        onChange={(minCount) => onChange({ ...settings, minCount: minCount ?? 0 })}
      />
      <DurationField
        label={t('inspector.within')}
        seconds={settings.withinSeconds}
        error={errors.get('withinSeconds')}
        onChange={(withinSeconds) => onChange({ ...settings, withinSeconds })}
      />
      <TextField
        label={t('inspector.groupBy')}
        value={settings.groupBy}
        placeholder="properties.productId"
        error={errors.get('groupBy')}
        onChange={(groupBy) => onChange(withOptional(settings, 'groupBy', groupBy))}
      />
      <TextField
        label={t('inspector.withoutEvent')}
        value={settings.withoutEvent}
        list="jf-known-events"
        placeholder="purchase"
        error={errors.get('withoutEvent')}
        onChange={(withoutEvent) => onChange(withOptional(settings, 'withoutEvent', withoutEvent))}
      />
    </EventFields>
  );
}

export const entryBehaviorWebPlugin: WebNodePlugin<'entry.behavior'> = {
  Form: EntryBehaviorForm,
  icon: 'M22 12h-4l-3 9L9 3l-3 9H2',
  summary: (s, locale) => {
    const t = summaryT(locale);
    if (!s.event) return t('summary.chooseEvent');
    return t(s.withoutEvent ? 'summary.behaviorWithout' : 'summary.behavior', {
      event: str(s.event),
      count: num(s.minCount),
      duration: formatDuration(num(s.withinSeconds), locale),
      without: str(s.withoutEvent),
    });
  },
};
