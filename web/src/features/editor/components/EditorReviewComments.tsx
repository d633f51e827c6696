import type { JourneyComment } from '@journeyflow/shared/api/journeys';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { CommentItem } from '../../comments/CommentItem';
import { useEditorStore } from '../store/editorStore';

/**
 * The reviewer's comments inside the marketer's editor: those on the selected step first, each naming
 * its step (click to select it) with a Resolve button; resolved ones fold away.
 */
export function EditorReviewComments({
  journeyId,
  comments,
}: {
  readonly journeyId: string;
  readonly comments: readonly JourneyComment[];
}) {
  const t = useT();
  const [showResolved, setShowResolved] = useState(false);
  const selectedId = useEditorStore((state) =>
    state.selectedNodeIds.length === 1 ? state.selectedNodeIds[0] : undefined,
  );
  const nodes = useEditorStore((state) => state.graph.nodes);
  const select = useEditorStore((state) => state.select);
  if (comments.length === 0) return null;
  const open = comments.filter((comment) => !comment.resolvedAt);
  const shown = (showResolved ? comments : open)
    .slice()
    .sort((a, b) => Number(b.nodeId === selectedId) - Number(a.nodeId === selectedId));
  const stepName = (id: string) => nodes.find((node) => node.id === id)?.label ?? id;
  return (
    <section className="jf-panel" data-testid="editor-review-comments">
      <h2 className="jf-panel-title">{t('rw.comment.title')}</h2>
      <p className="jf-hint">{t('rw.comment.openCount', { n: open.length })}</p>
      <ul className="jf-comment-list">
        {shown.map((comment: JourneyComment) => (
          <CommentItem
            key={comment.id}
            journeyId={journeyId}
            comment={comment}
            target={
              comment.nodeId ? (
                <button type="button" className="jf-chip" onClick={() => select([comment.nodeId as string])}>
                  {t('rw.comment.onStep', { step: stepName(comment.nodeId) })}
                </button>
              ) : (
                <span className="jf-chip">{t('rw.comment.journey')}</span>
              )
            }
          />
        ))}
      </ul>
      {comments.length > open.length && (
        <label className="jf-hint">
          <input
            type="checkbox"
            checked={showResolved}
            onChange={(event) => setShowResolved(event.target.checked)}
          />{' '}
          {t('rw.comment.resolved')} ({comments.length - open.length})
        </label>
      )}
    </section>
  );
}
