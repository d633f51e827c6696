import { useT } from '../../../i18n/useT';
import { DateTimeField, DurationField, TextField } from '../components/inspector/fields';
import type { NodeFormProps } from '../components/inspector/forms/formProps';
import { optionalSettingField, settingField } from '../components/inspector/forms/settingField';
import { str, type WebNodePlugin } from './webNodePlugin';

export function WaitUntilForm(form: NodeFormProps<'wait.until'>) {
  const t = useT();
  return (
    <>
      <DateTimeField label={t('inspector.untilAt')} {...optionalSettingField(form, 'at')} />
      <TextField
        label={t('inspector.untilAttribute')}
        placeholder="contract_ends_at"
        {...optionalSettingField(form, 'attribute')}
      />
      <DurationField label={t('inspector.offset')} allowNegative {...settingField(form, 'offsetSeconds')} />
    </>
  );
}

export const waitUntilWebPlugin: WebNodePlugin<'wait.until'> = {
  Form: WaitUntilForm,
  icon: 'M3 10h18M8 2v4M16 2v4M5 4h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zM12 14v3',
  summary: (s) => str(s.at) || str(s.attribute),
};
