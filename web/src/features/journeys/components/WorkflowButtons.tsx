import { useCallback, useState } from 'react';
import { type JourneyView, reviewState } from '../../../api/journeyViewSchema';
import { ActionButton } from '../../../components/ActionButton';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { TextAreaField } from '../../../components/TextAreaField';
import { useT } from '../../../i18n/useT';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useJourneyActions } from '../hooks/useJourneyActions';
import { PublishDialog } from './PublishDialog';

/**
 * Submit / Publish / Pause / Resume for a journey, shown when its status and the user's role allow
 * (SPEC §1: the owner or an admin publishes; only admins pause, resume and archive).
 * `beforeSubmit` lets the editor save pending changes first; `blocked` disables Submit while errors exist.
 */
export function WorkflowButtons({
  journey,
  blocked,
  blockedReason,
  beforeSubmit,
  onRevision,
}: {
  readonly journey: JourneyView;
  readonly blocked?: boolean;
  readonly blockedReason?: string;
  readonly beforeSubmit?: () => Promise<void>;
  readonly onRevision?: (revision: number) => void;
}) {
  const t = useT();
  const { user } = useCurrentUser();
  const { action, publish } = useJourneyActions(journey.id, onRevision);
  const [submitting, setSubmitting] = useState(false);
  const [note, setNote] = useState('');
  const [publishing, setPublishing] = useState(false);
  const isOwner = user?.id === journey.ownerId;
  const review = reviewState(journey);
  const archived = journey.status === 'archived';
  // A running journey with nothing new in its draft has nothing to submit.
  const hasChanges = journey.liveVersion === null || journey.hasUnpublishedChanges !== false;
  const isAdmin = user?.role === 'admin';
  const dryRun = useCallback(
    () => publish.mutateAsync({ dryRun: true }).catch(() => undefined),
    [publish.mutateAsync],
  );

  return (
    <>
      {!submitting && !archived && review === 'draft' && hasChanges && (
        <ActionButton
          name="Submit for review"
          caption={t('editor.submit')}
          className="jf-button jf-button-primary"
          disabled={blocked || action.isPending}
          title={blocked ? blockedReason : undefined}
          onClick={() => setSubmitting(true)}
        />
      )}
      {!publishing && !archived && review === 'approved' && (isOwner || isAdmin) && (
        <ActionButton
          name="Publish"
          caption={t('review.publish')}
          className="jf-button jf-button-primary"
          onClick={() => setPublishing(true)}
        />
      )}
      {journey.status === 'live' && isAdmin && (
        <ActionButton
          name="Pause"
          caption={t('review.pause')}
          onClick={() => action.mutate({ action: 'pause' })}
          disabled={action.isPending}
        />
      )}
      {journey.status === 'paused' && isAdmin && (
        <ActionButton
          name="Resume"
          caption={t('review.resume')}
          onClick={() => action.mutate({ action: 'resume' })}
          disabled={action.isPending}
        />
      )}
      <ConfirmDialog
        title={t('editor.submit')}
        open={submitting}
        onClose={() => setSubmitting(false)}
        name="Submit for review"
        caption={t('editor.submit')}
        disabled={action.isPending}
        onConfirm={async () => {
          await beforeSubmit?.();
          action.mutate(
            { action: 'submit', ...(note.trim() ? { comment: note.trim() } : {}) },
            { onSuccess: () => setSubmitting(false) },
          );
        }}
      >
        <TextAreaField label={t('editor.submitNote')} value={note} onChange={setNote} />
      </ConfirmDialog>
      <PublishDialog
        open={publishing}
        journeyId={journey.id}
        liveVersion={journey.liveVersion}
        graph={journey.graph}
        pending={publish.isPending}
        error={publish.error}
        onClose={() => setPublishing(false)}
        onDryRun={dryRun}
        onPublish={(migration) =>
          publish.mutate({ migration: { ...migration } }, { onSuccess: () => setPublishing(false) })
        }
      />
    </>
  );
}
