import { useT } from '../../../i18n/useT';
import { DurationField, NumberField, TextField } from '../components/inspector/fields';
import { EventFields } from '../components/inspector/forms/EventFields';
import type { NodeFormProps } from '../components/inspector/forms/formProps';
import { optionalSettingField, settingField } from '../components/inspector/forms/settingField';
import { formatDuration } from '../utils/formatDuration';
import { num, str, summaryT, type WebNodePlugin } from './webNodePlugin';

export function EntryBehaviorForm(form: NodeFormProps<'entry.behavior'>) {
  const { settings, onChange, errors } = form;
  const t = useT();
  return (
    <EventFields {...form} placeholder="product_viewed">
      <NumberField
        label={t('inspector.minCount')}
        value={settings.minCount}
        min={1}
        error={errors.get('minCount')}
        onChange={(minCount) => onChange({ ...settings, minCount: minCount ?? 0 })}
      />
      <DurationField label={t('inspector.within')} {...settingField(form, 'withinSeconds')} />
      <TextField
        label={t('inspector.groupBy')}
        placeholder="properties.productId"
        {...optionalSettingField(form, 'groupBy')}
      />
      <TextField
        label={t('inspector.withoutEvent')}
        list="jf-known-events"
        placeholder="purchase"
        {...optionalSettingField(form, 'withoutEvent')}
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
