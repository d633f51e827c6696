import { useT } from '../../../../../i18n/useT';
import { DurationField } from '../fields';
import type { NodeFormProps } from './formProps';

export function WaitDurationForm({ settings, onChange, errors }: NodeFormProps<'wait.duration'>) {
  const t = useT();
  return (
    <DurationField
      label={t('inspector.duration')}
      seconds={settings.seconds}
      error={errors.get('seconds')}
      onChange={(seconds) => onChange({ ...settings, seconds })}
    />
  );
}
