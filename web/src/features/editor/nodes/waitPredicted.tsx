import { useT } from '../../../i18n/useT';
import { DurationField, TextField } from '../components/inspector/fields';
import type { NodeFormProps } from '../components/inspector/forms/formProps';
import { str, type WebNodePlugin } from './webNodePlugin';

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

export const waitPredictedNode: WebNodePlugin<'wait.predicted'> = {
  Form: WaitPredictedForm,
  icon: 'M3 3v18h18M7 14l4-4 4 4 5-6',
  summary: (s) => str(s.attribute),
};
