import { useT } from '../../../i18n/useT';
import { SegmentSelect } from '../../conditions/SegmentSelect';
import { CheckboxField, Field } from '../components/inspector/fields';
import type { NodeFormProps } from '../components/inspector/forms/formProps';
import { SegmentNodeSummary } from '../components/SegmentNodeSummary';
import { str, summaryT, type WebNodePlugin } from './webNodePlugin';

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

export const entrySegmentWebPlugin: WebNodePlugin<'entry.segment'> = {
  SummaryView: ({ settings, fallback }) => (
    <SegmentNodeSummary segmentId={str(settings.segmentId)} fallback={fallback} />
  ),
  Form: EntrySegmentForm,
  icon: 'M17 21v-2a4 4 0 0 0-4-4H5a4 4 0 0 0-4 4v2M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8M23 21v-2a4 4 0 0 0-3-3.9M16 3.1a4 4 0 0 1 0 7.8',
  summary: (s, locale) => str(s.segmentId) || summaryT(locale)('summary.chooseSegment'),
};
