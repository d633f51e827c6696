import type { JourneySummary } from '@journeyflow/shared/api/journeys';
import { reviewState } from '../../../api/journeyViewSchema';
import { useT } from '../../../i18n/useT';

/**
 * Where the draft stands when the journey's own status does not say it: rejected (with the reviewer's
 * reason) or approved but not published yet — visible in the list, not only inside the editor.
 */
export function DraftReviewBadge({
  journey,
}: {
  readonly journey: Pick<JourneySummary, 'status' | 'draftStatus' | 'rejectionComment'>;
}) {
  const t = useT();
  if (journey.status === 'archived') return null;
  if (typeof journey.rejectionComment === 'string') {
    return (
      <div data-testid="list-rejected">
        <span className="jf-badge status-rejected">{t('list.rejected')}</span>
        {journey.rejectionComment && (
          <div className="jf-hint">{t('list.rejectedReason', { reason: journey.rejectionComment })}</div>
        )}
      </div>
    );
  }
  if (reviewState(journey) === 'approved' && journey.status !== 'approved') {
    return (
      <div data-testid="list-approved-unpublished">
        <span className="jf-badge status-approved">{t('list.approvedUnpublished')}</span>
      </div>
    );
  }
  if (journey.status === 'approved') {
    return (
      <div data-testid="list-approved-unpublished">
        <span className="jf-hint">{t('list.notPublishedYet')}</span>
      </div>
    );
  }
  return null;
}
