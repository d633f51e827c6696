import { useT } from '../../../i18n/useT';
import { DurationField, TextField } from '../components/inspector/fields';
import { type NodeFormProps, withOptional } from '../components/inspector/forms/formProps';
import { str, type WebNodePlugin } from './webNodePlugin';

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

export const waitUntilWebPlugin: WebNodePlugin<'wait.until'> = {
  Form: WaitUntilForm,
  icon: 'M3 10h18M8 2v4M16 2v4M5 4h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zM12 14v3',
  summary: (s) => str(s.at) || str(s.attribute),
};
