import type { SegmentCondition } from '@journeyflow/shared/journey/condition';
import { useT } from '../../i18n/useT';
import { SegmentSelect } from './SegmentSelect';

/** "VIP 세그먼트에 포함 / 미포함": a saved-segment membership rule, the segment picked by name. */
export function SegmentRule({
  value,
  onChange,
}: {
  readonly value: SegmentCondition;
  readonly onChange: (value: SegmentCondition) => void;
}) {
  const t = useT();
  return (
    <>
      <SegmentSelect
        label={t('cond.segmentName')}
        value={value.segment}
        onChange={(segment) => onChange({ ...value, segment })}
      />
      <select
        className="jf-input jf-cond-op"
        aria-label={t('cond.segment')}
        value={value.in ? 'in' : 'out'}
        onChange={(event) => onChange({ ...value, in: event.target.value === 'in' })}
      >
        <option value="in">{t('cond.inSegment')}</option>
        <option value="out">{t('cond.notInSegment')}</option>
      </select>
    </>
  );
}
