import { useT } from '../../../i18n/useT';
import { TimeField, WeekdayPicker } from '../components/inspector/fields';
import type { NodeFormProps } from '../components/inspector/forms/formProps';
import { optionalSettingField, settingField } from '../components/inspector/forms/settingField';
import { str, type WebNodePlugin } from './webNodePlugin';

export function WaitTimeOfDayForm(form: NodeFormProps<'wait.time_of_day'>) {
  const t = useT();
  return (
    <>
      <TimeField label={t('inspector.time')} {...settingField(form, 'time')} />
      <WeekdayPicker label={t('inspector.days')} {...optionalSettingField(form, 'days')} />
    </>
  );
}

export const waitTimeOfDayWebPlugin: WebNodePlugin<'wait.time_of_day'> = {
  Form: WaitTimeOfDayForm,
  icon: 'M12 3v1M12 20v1M4.2 4.2l.7.7M19.1 19.1l.7.7M3 12h1M20 12h1M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z',
  summary: (s) =>
    `${str(s.time)}${Array.isArray(s.days) && s.days.length > 0 ? ` (${s.days.join(', ')})` : ''}`,
};
