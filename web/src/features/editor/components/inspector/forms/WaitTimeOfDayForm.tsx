import { useT } from '../../../../../i18n/useT';
import { TimeField, WeekdayPicker } from '../fields';
import { type NodeFormProps, withOptional } from './formProps';

export function WaitTimeOfDayForm({ settings, onChange, errors }: NodeFormProps<'wait.time_of_day'>) {
  const t = useT();
  return (
    <>
      <TimeField
        label={t('inspector.time')}
        value={settings.time}
        error={errors.get('time')}
        onChange={(time) => onChange({ ...settings, time })}
      />
      <WeekdayPicker
        label={t('inspector.days')}
        value={settings.days}
        error={errors.get('days')}
        onChange={(days) => onChange(withOptional(settings, 'days', days))}
      />
    </>
  );
}
