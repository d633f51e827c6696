import type { Journey, JourneyComment } from '@journeyflow/shared/api/journeys';
import { isNodeType } from '@journeyflow/shared/journey/nodeRegistry';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { journeysApi } from '../../../api/journeysApi';
import { queryKeys } from '../../../api/queryKeys';
import { useLocaleStore } from '../../../i18n/localeStore';
import { nodeTypeLabel } from '../../../i18n/nodeTypeText';
import { useT } from '../../../i18n/useT';
import { CommentItem } from '../../comments/CommentItem';

/** Comments on the journey or, when a node is selected on the canvas, pinned to that node. */
export function CommentsPanel({
  journey,
  comments,
  selectedNodeId,
  onClearNode,
}: {
  readonly journey: Journey;
  readonly comments: readonly JourneyComment[];
  readonly selectedNodeId: string | undefined;
  readonly onClearNode: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const post = useMutation({
    mutationFn: () =>
      journeysApi.addComment(journey.id, {
        body: body.trim(),
        ...(selectedNodeId ? { nodeId: selectedNodeId } : {}),
      }),
    onSuccess: () => {
      setBody('');
      void queryClient.invalidateQueries({ queryKey: queryKeys.journeys.comments(journey.id) });
    },
  });
  const locale = useLocaleStore((state) => state.locale);
  // A step by its name; an unnamed step by its kind ("종료"), never by its id.
  const nodeName = (id: string) => {
    const node = journey.graph.nodes.find((candidate) => candidate.id === id);
    if (!node) return id;
    return node.label ?? (isNodeType(node.type) ? nodeTypeLabel(node.type, locale) : node.type);
  };
  const visible = selectedNodeId ? comments.filter((comment) => comment.nodeId === selectedNodeId) : comments;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() !== '') post.mutate();
  };
  return (
    <section className="jf-panel" data-testid="comments-panel">
      <h2 className="jf-panel-title">{t('review.comments')}</h2>
      {visible.length === 0 ? (
        <p className="jf-hint">{t('review.noComments')}</p>
      ) : (
        <ul className="jf-comment-list">
          {visible.map((comment) => (
            <CommentItem
              key={comment.id}
              journeyId={journey.id}
              comment={comment}
              target={comment.nodeId && <span className="jf-chip">{nodeName(comment.nodeId)}</span>}
            />
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="jf-comment-form">
        <div className="jf-hint">
          {selectedNodeId ? (
            <>
              {t('review.commentOnNode')}: <strong>{nodeName(selectedNodeId)}</strong>{' '}
              <button type="button" className="jf-link-button" onClick={onClearNode}>
                ({t('review.wholeJourney')})
              </button>
            </>
          ) : (
            t('review.wholeJourney')
          )}
        </div>
        <textarea
          className="jf-input jf-textarea"
          rows={2}
          aria-label={t('review.commentPlaceholder')}
          placeholder={t('review.commentPlaceholder')}
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
        <button type="submit" className="jf-button" disabled={body.trim() === '' || post.isPending}>
          {t('review.post')}
        </button>
      </form>
    </section>
  );
}
