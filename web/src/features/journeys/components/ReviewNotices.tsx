import { type JourneyView, reviewState } from '../../../api/journeyViewSchema';
import { useT } from '../../../i18n/useT';

/**
 * The review banners shared by the editor and the review screen: a template the journey uses changed
 * since it was approved, and the reviewer's reason when the draft was sent back.
 */
export function ReviewNotices({ journey }: { readonly journey: JourneyView }) {
  const t = useT();
  return (
    <>
      {journey.reviewNotice?.code === 'template_changed' && (
        <div className="jf-banner is-error" role="status" data-testid="review-notice">
          {t('review.notice.template_changed')}
          {typeof journey.reviewNotice.params?.templateName === 'string' &&
            ` (${journey.reviewNotice.params.templateName})`}
        </div>
      )}
      {journey.rejectionComment && reviewState(journey) === 'draft' && (
        <div className="jf-banner is-error" role="status">
          {t('review.rejectedBecause')}: {journey.rejectionComment}
        </div>
      )}
    </>
  );
}
