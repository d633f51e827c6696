import type { JourneySettings } from '@journeyflow/shared/journey/journeySettings';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/ApiError';
import { journeysApi } from '../../../api/journeysApi';
import { type JourneyView, reviewState, showsDraftState } from '../../../api/journeyViewSchema';
import { queryKeys } from '../../../api/queryKeys';
import { ActionButton } from '../../../components/ActionButton';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { StatusBadge } from '../../../components/StatusBadge';
import { TextAreaField } from '../../../components/TextAreaField';
import { useT } from '../../../i18n/useT';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { AdWarningsList } from '../../compliance/AdWarningsList';
import { useAdStepWarnings } from '../../compliance/useAdStepWarnings';
import { useComplianceContext } from '../../compliance/useComplianceContext';
import { useJourneyValidation } from '../../editor/hooks/useJourneyValidation';
import { ReviewNotices } from '../../journeys/components/ReviewNotices';
import { WorkflowButtons } from '../../journeys/components/WorkflowButtons';
import { useJourneyActions } from '../../journeys/hooks/useJourneyActions';
import { TestRunPanel } from '../../testRun/components/TestRunPanel';
import { SendStepsTestPanel } from '../../testSend/components/SendStepsTestPanel';
import { diffMarks } from '../utils/diffMarks';
import { ApproveSummaryDialog } from './ApproveSummaryDialog';
import { AuditList } from './AuditList';
import { CommentsPanel } from './CommentsPanel';
import { DiffSummary } from './DiffSummary';
import { ReadOnlyJourneyCanvas } from './ReadOnlyJourneyCanvas';
import { ReviewNodeDetail } from './ReviewNodeDetail';
import { VersionList } from './VersionList';
import '../../editor/editor.css';
import '../review.css';

/** `/journeys/:id/review`: what changed against the live version, comments, and the reviewer's decision. */
export function ReviewPage() {
  const { id = '' } = useParams();
  const t = useT();
  const journey = useQuery({
    queryKey: queryKeys.journeys.detail(id),
    queryFn: ({ signal }) => journeysApi.get(id, signal),
  });
  if (journey.isLoading) return <PageSkeleton rows={8} />;
  if (!journey.data)
    return <div className="jf-page jf-error-text">{journey.error?.message ?? t('common.error')}</div>;
  return <ReviewScreen journey={journey.data} />;
}

function ReviewScreen({ journey }: { readonly journey: JourneyView }) {
  const t = useT();
  const { user } = useCurrentUser();
  const [selectedNodeId, setSelectedNodeId] = useState<string | undefined>();
  const [rejecting, setRejecting] = useState(false);
  const [approving, setApproving] = useState(false);
  const [reason, setReason] = useState('');
  const { action } = useJourneyActions(journey.id);
  const diff = useQuery({
    queryKey: queryKeys.journeys.diff(journey.id, 'live', 'draft'),
    queryFn: ({ signal }) => journeysApi.diff(journey.id, 'live', 'draft', signal),
    // Before the first publish the server compares with an empty journey (everything is new); it may also answer 404.
    retry: false,
    meta: {},
  });
  const comments = useQuery({
    queryKey: queryKeys.journeys.comments(journey.id),
    queryFn: ({ signal }) => journeysApi.comments(journey.id, signal),
  });
  const view = useMemo(() => diffMarks(journey.graph, diff.data?.diff), [journey.graph, diff.data]);
  const commentCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const comment of comments.data?.items ?? [])
      if (comment.nodeId && !comment.resolvedAt)
        counts.set(comment.nodeId, (counts.get(comment.nodeId) ?? 0) + 1);
    return counts;
  }, [comments.data]);
  const selectedNode = view.graph.nodes.find((node) => node.id === selectedNodeId);
  const compliance = useComplianceContext();
  const validation = useJourneyValidation(journey.graph, journey.settings as JourneySettings, compliance);
  const adWarnings = useAdStepWarnings(journey.graph);

  const author = journey.submittedBy ?? journey.ownerId;
  const isAuthor = user?.id === author;
  // Four eyes: whoever edited the draft since the last publish cannot approve it either.
  const isEditor = !isAuthor && !!user && (journey.draftAuthors ?? []).includes(user.id);
  const canReview = (user?.role === 'reviewer' || user?.role === 'admin') && !isAuthor && !isEditor;
  const inReview = reviewState(journey) === 'in_review';
  const firstVersion =
    journey.liveVersion === null || (diff.isError && isApiError(diff.error) && diff.error.status === 404);

  return (
    <div className="jf-review" data-testid="review-page">
      <div className="jf-editor-toolbar">
        <Link to="/journeys" className="jf-back" aria-label={t('nav.journeys')}>
          ←
        </Link>
        <h1 className="jf-editor-title">
          {t('review.title')}: {journey.name}
        </h1>
        <StatusBadge status={journey.status} />
        {showsDraftState(journey) && <StatusBadge status={reviewState(journey)} />}
        <div className="jf-toolbar-group jf-toolbar-end">
          <Link to={`/journeys/${journey.id}`} className="jf-button jf-button-ghost">
            {t('review.openEditor')}
          </Link>
          {inReview && canReview && (
            <>
              <ActionButton
                name="Reject"
                caption={t('review.reject')}
                className="jf-button jf-button-danger"
                onClick={() => setRejecting(true)}
              />
              <ActionButton
                name="Approve"
                caption={t('review.approve')}
                className="jf-button jf-button-primary"
                disabled={action.isPending || validation.errorCount > 0}
                onClick={() => setApproving(true)}
              />
            </>
          )}
          <WorkflowButtons
            journey={journey}
            blocked={validation.errorCount > 0}
            blockedReason={t('editor.submitBlocked')}
          />
        </div>
      </div>
      {inReview && isAuthor && <div className="jf-banner">{t('review.ownSubmission')}</div>}
      {inReview && isEditor && <div className="jf-banner">{t('review.ownEdits')}</div>}
      {adWarnings.length > 0 && (
        <div className="jf-banner is-error" role="status" data-testid="review-ad-warnings">
          {t('rw.publish.blocked')}
          <AdWarningsList warnings={adWarnings} />
        </div>
      )}
      <ReviewNotices journey={journey} />
      <div className="jf-review-body">
        <ReadOnlyJourneyCanvas
          graph={view.graph}
          nodeMarks={view.nodeMarks}
          edgeMarks={view.edgeMarks}
          comments={commentCounts}
          selectedNodeId={selectedNodeId}
          onSelectNode={setSelectedNodeId}
        />
        <aside className="jf-side jf-review-side">
          {selectedNode ? (
            <ReviewNodeDetail
              key={selectedNode.id}
              node={selectedNode}
              mark={view.nodeMarks.get(selectedNode.id)}
              warnings={adWarnings.filter((warning) => warning.nodeId === selectedNode.id)}
              onClose={() => setSelectedNodeId(undefined)}
            />
          ) : (
            <p className="jf-hint" data-testid="review-node-hint">
              {t('rw.node.hint')}
            </p>
          )}
          <section className="jf-panel">
            <h2 className="jf-panel-title">{t('review.diffTitle')}</h2>
            {diff.isLoading ? (
              <div className="jf-skeleton jf-skeleton-row" />
            ) : diff.data ? (
              <>
                {firstVersion && <p className="jf-hint">{t('review.firstVersion')}</p>}
                <DiffSummary diff={diff.data.diff} graph={view.graph} onFocus={setSelectedNodeId} />
              </>
            ) : firstVersion ? (
              <p className="jf-hint">{t('review.firstVersion')}</p>
            ) : (
              <p className="jf-error-text">{diff.error?.message}</p>
            )}
          </section>
          <TestRunPanel
            journeyId={journey.id}
            nodes={journey.graph.nodes}
            timezone={(journey.settings as JourneySettings).timezone}
          />
          <SendStepsTestPanel graph={journey.graph} />
          <CommentsPanel
            journey={journey}
            comments={comments.data?.items ?? []}
            selectedNodeId={selectedNodeId}
            onClearNode={() => setSelectedNodeId(undefined)}
          />
          <VersionList journeyId={journey.id} />
          <AuditList journeyId={journey.id} />
        </aside>
      </div>
      <ApproveSummaryDialog
        open={approving}
        graph={journey.graph}
        pending={action.isPending}
        onClose={() => setApproving(false)}
        onConfirm={() => action.mutate({ action: 'approve' }, { onSuccess: () => setApproving(false) })}
      />
      <ConfirmDialog
        title={t('review.reject')}
        open={rejecting}
        onClose={() => setRejecting(false)}
        tone="danger"
        name="Reject"
        caption={t('review.reject')}
        disabled={reason.trim() === '' || action.isPending}
        onConfirm={() =>
          action.mutate(
            { action: 'reject', comment: reason.trim() },
            { onSuccess: () => setRejecting(false) },
          )
        }
      >
        <TextAreaField label={t('review.rejectReason')} value={reason} onChange={setReason} />
      </ConfirmDialog>
    </div>
  );
}
