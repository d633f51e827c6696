import { useT } from '../../i18n/useT';
import { useSavedSegments } from './useSavedSegments';

/**
 * Picks a saved segment by name (the value is its id). An id that is not among the saved segments
 * (deleted, or typed into an older journey) stays selectable, marked as unknown, so nothing is lost.
 */
export function SegmentSelect({
  value,
  onChange,
  id,
  label,
  describedBy,
  className = 'jf-input',
}: {
  readonly value: string;
  readonly onChange: (segmentId: string) => void;
  readonly id?: string;
  readonly label?: string;
  readonly describedBy?: string | undefined;
  readonly className?: string;
}) {
  const t = useT();
  const { segments, isPending } = useSavedSegments();
  const known = segments.some((segment) => segment.id === value);
  return (
    <select
      id={id}
      className={className}
      aria-label={label}
      aria-describedby={describedBy}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{isPending ? t('common.loading') : t('segments.pick')}</option>
      {value !== '' && !known && !isPending && (
        <option value={value}>{t('segments.unknown', { id: value })}</option>
      )}
      {segments.map((segment) => (
        <option key={segment.id} value={segment.id}>
          {segment.name} ({segment.count.toLocaleString()})
        </option>
      ))}
    </select>
  );
}
