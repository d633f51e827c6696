import { useT } from '../../../../../i18n/useT';
import { DurationField, TextField } from '../fields';
import type { NodeFormProps } from './formProps';

export function WaitPredictedForm({ settings, onChange, errors }: NodeFormProps<'wait.predicted'>) {
  const t = useT();
  return (
    <>
      <TextField
        label={t('inspector.attribute')}
        value={settings.attribute}
        placeholder="predicted_next_purchase_at"
        error={errors.get('attribute')}
        onChange={(attribute) => onChange({ ...settings, attribute })}
      />
      <DurationField
        label={t('inspector.offset')}
        seconds={settings.offsetSeconds}
        allowNegative
        error={errors.get('offsetSeconds')}
        onChange={(offsetSeconds) => onChange({ ...settings, offsetSeconds })}
      />
    </>
  );
}
