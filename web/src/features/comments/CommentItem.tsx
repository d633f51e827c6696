import type { JourneyComment } from '@journeyflow/shared/api/journeys';
import type { ReactNode } from 'react';
import { formatRelativeTime } from '../../components/formatRelativeTime';
import { useLocaleStore } from '../../i18n/localeStore';
import { CommentResolveButton } from './CommentResolveButton';
import './comments.css';

/** One comment of a list: author, what it is on (`target`), when, the text and its Resolve button. */
export function CommentItem({
  journeyId,
  comment,
  target,
}: {
  readonly journeyId: string;
  readonly comment: JourneyComment;
  /** The chip naming the step (or the journey) the comment is on; nothing to leave it out. */
  readonly target: ReactNode;
}) {
  const locale = useLocaleStore((state) => state.locale);
  return (
    <li className={`jf-comment${comment.resolvedAt ? ' is-resolved' : ''}`} data-comment-id={comment.id}>
      <div className="jf-comment-meta">
        <strong>{comment.authorName ?? comment.authorId}</strong>
        {target}
        <span className="jf-hint">{formatRelativeTime(comment.createdAt, locale)}</span>
      </div>
      <p>{comment.body}</p>
      <CommentResolveButton journeyId={journeyId} comment={comment} />
    </li>
  );
}
