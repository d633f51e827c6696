import { useT } from '../../../i18n/useT';
import { DurationField } from '../components/inspector/fields';
import { EventFields } from '../components/inspector/forms/EventFields';
import type { NodeFormProps } from '../components/inspector/forms/formProps';
import { settingField } from '../components/inspector/forms/settingField';
import { formatDuration } from '../utils/formatDuration';
import { num, str, summaryT, type WebNodePlugin } from './webNodePlugin';

export function WaitEventForm(form: NodeFormProps<'wait.event'>) {
  const t = useT();
  return (
    <EventFields {...form} placeholder="purchase">
      <DurationField label={t('inspector.timeout')} {...settingField(form, 'timeoutSeconds')} />
    </EventFields>
  );
}

export const waitEventWebPlugin: WebNodePlugin<'wait.event'> = {
  Form: WaitEventForm,
  icon: 'M5 22h14M5 2h14M17 22v-4.2a2 2 0 0 0-.6-1.4L12 12l-4.4 4.4a2 2 0 0 0-.6 1.4V22M7 2v4.2a2 2 0 0 0 .6 1.4L12 12l4.4-4.4a2 2 0 0 0 .6-1.4V2',
  summary: (s, locale) => {
    const t = summaryT(locale);
    if (!s.event) return t('summary.chooseEvent');
    return t('summary.waitEvent', {
      event: str(s.event),
      duration: formatDuration(num(s.timeoutSeconds), locale),
    });
  },
};
