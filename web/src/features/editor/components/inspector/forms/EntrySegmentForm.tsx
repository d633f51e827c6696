import { useT } from '../../../../../i18n/useT';
import { SegmentSelect } from '../../../../conditions/SegmentSelect';
import { CheckboxField, Field } from '../fields';
import type { NodeFormProps } from './formProps';

export function EntrySegmentForm({ settings, onChange, errors }: NodeFormProps<'entry.segment'>) {
  const t = useT();
  return (
    <>
      <Field label={t('inspector.segment')} error={errors.get('segmentId')}>
        {(id, describedBy) => (
          <SegmentSelect
            id={id}
            describedBy={describedBy}
            value={settings.segmentId}
            onChange={(segmentId) => onChange({ ...settings, segmentId })}
          />
        )}
      </Field>
      <CheckboxField
        label={t('inspector.includeExisting')}
        checked={settings.includeExisting}
        onChange={(includeExisting) => onChange({ ...settings, includeExisting })}
      />
    </>
  );
}
