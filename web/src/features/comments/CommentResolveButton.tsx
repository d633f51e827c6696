import type { JourneyComment } from '@journeyflow/shared/api/journeys';
import { useT } from '../../i18n/useT';
import { useResolveComment } from './useResolveComment';

/** "Resolved by …" with a Reopen button, or a Resolve button on an open comment. */
export function CommentResolveButton({
  journeyId,
  comment,
}: {
  readonly journeyId: string;
  readonly comment: JourneyComment;
}) {
  const t = useT();
  const resolve = useResolveComment(journeyId);
  const resolved = Boolean(comment.resolvedAt);
  return (
    <span className="jf-comment-resolved" data-testid="comment-resolve">
      {resolved &&
        `✓ ${comment.resolvedByName ? t('rw.comment.resolvedBy', { name: comment.resolvedByName }) : t('rw.comment.resolved')} `}
      <button
        type="button"
        className="jf-link-button"
        disabled={resolve.isPending}
        onClick={() => resolve.mutate({ commentId: comment.id, resolved: !resolved })}
      >
        {resolved ? t('rw.comment.reopen') : t('rw.comment.resolve')}
      </button>
    </span>
  );
}
