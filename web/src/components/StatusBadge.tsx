import type { JourneyStatus } from '@journeyflow/shared/api/journeys';
import { useT } from '../i18n/useT';

export function StatusBadge({ status }: { readonly status: JourneyStatus }) {
  const t = useT();
  return (
    <span className={`jf-badge status-${status}`} data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}
