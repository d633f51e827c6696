import { useT } from '../../../../../i18n/useT';
import { DurationField, TextField } from '../fields';
import { type NodeFormProps, withOptional } from './formProps';

export function WaitUntilForm({ settings, onChange, errors }: NodeFormProps<'wait.until'>) {
  const t = useT();
  return (
    <>
      <TextField
        label={t('inspector.untilAt')}
        value={settings.at}
        placeholder="2026-12-24T10:00:00"
        error={errors.get('at')}
        onChange={(at) => onChange(withOptional(settings, 'at', at))}
      />
      <TextField
        label={t('inspector.untilAttribute')}
        value={settings.attribute}
        placeholder="contract_ends_at"
        error={errors.get('attribute')}
        onChange={(attribute) => onChange(withOptional(settings, 'attribute', attribute))}
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
