import { useT } from '../../../../../i18n/useT';
import { CheckboxField, TextField } from '../fields';
import type { NodeFormProps } from './formProps';

export function EntrySegmentForm({ settings, onChange, errors }: NodeFormProps<'entry.segment'>) {
  const t = useT();
  return (
    <>
      <TextField
        label={t('inspector.segment')}
        value={settings.segmentId}
        list="jf-known-segments"
        placeholder="seg_vip"
        error={errors.get('segmentId')}
        onChange={(segmentId) => onChange({ ...settings, segmentId })}
      />
      <CheckboxField
        label={t('inspector.includeExisting')}
        checked={settings.includeExisting}
        onChange={(includeExisting) => onChange({ ...settings, includeExisting })}
      />
    </>
  );
}
