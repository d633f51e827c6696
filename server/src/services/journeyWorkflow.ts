import { journeyContentHash } from '@journeyflow/shared/journey/contentHash';
import { validateJourney } from '@journeyflow/shared/journey/validateJourney';
import { and, desc, eq } from 'drizzle-orm';
import type { UserPrincipal } from '../auth/principal';
import type { Database, OrmTx } from '../db/database';
import { LIVE_JOURNEYS_CHANNEL, type LiveJourneysChange } from '../db/notifier';
import { approvals } from '../db/schema/approvals';
import { comments } from '../db/schema/comments';
import { journeys } from '../db/schema/journeys';
import { journeyVersions } from '../db/schema/journeyVersions';
import { InvalidTransitionError, JourneyInvalidError, SelfApprovalError } from '../errors/domainErrors';
import { newId } from '../ids';
import type { PublishHook } from '../serverDeps';
import { assertFourEyes } from './assertFourEyes';
import { loadJourneyView, lockJourney } from './journeyService';
import type { JourneyRow, JourneyView } from './journeyView';
import { loadComplianceContext } from './loadComplianceContext';
import { assertRole } from './permissions';
import { loadPinnedTemplates } from './pinTemplates';
import { recordActorAudit } from './recordAudit';

// SPEC §3 as code. The draft's review cycle (draft → in_review → approved → published) runs on
// `draftStatus`; `status` mirrors it until the first publish, then tracks the running version
// (live ⇄ paused) while the next draft goes through review on its own. `archived` ends both.

export type WorkflowDeps = {
  readonly db: Database;
  readonly now: () => Date;
  readonly onPublish: PublishHook;
};

export const isPublished = (row: JourneyRow) => row.liveVersion !== null;

const addComment = async (
  tx: OrmTx,
  actor: UserPrincipal,
  journeyId: string,
  body: string | undefined,
  kind: 'submission' | 'approval' | 'rejection',
  now: Date,
) => {
  if (!body?.trim()) return;
  await tx.insert(comments).values({
    id: newId('cmt'),
    workspaceId: actor.workspaceId,
    journeyId,
    authorId: actor.userId,
    body: body.trim(),
    kind,
    createdAt: now,
  });
};

const liveHash = async (tx: OrmTx, row: JourneyRow): Promise<string | null> => {
  if (!row.liveVersionId) return null;
  const [version] = await tx
    .select({ contentHash: journeyVersions.contentHash })
    .from(journeyVersions)
    .where(eq(journeyVersions.id, row.liveVersionId));
  return version?.contentHash ?? null;
};

/** Sends the draft for review. Validation errors block it (422 with the issues). */
export const submitJourney = async (
  deps: WorkflowDeps,
  actor: UserPrincipal,
  id: string,
  comment: string | undefined,
): Promise<JourneyView> => {
  const now = deps.now();
  const compliance = await loadComplianceContext(deps.db.sql, actor.workspaceId);
  return deps.db.orm.transaction(async (tx) => {
    const row = await lockJourney(tx, actor, id);
    if (row.status === 'archived' || row.draftStatus !== 'draft') {
      throw new InvalidTransitionError('submit', row.status === 'archived' ? 'archived' : row.draftStatus);
    }
    const result = validateJourney(row.graph, row.settings, compliance);
    const errors = result.issues.filter((issue) => issue.severity === 'error');
    if (errors.length > 0) throw new JourneyInvalidError(result.issues);
    // The approval covers what is sent: pin the templates as they are now and hash them in.
    const pinnedTemplates = await loadPinnedTemplates(tx, actor.workspaceId, row.graph, { strict: true });
    const contentHash = journeyContentHash(row.graph, row.settings, pinnedTemplates);
    if (isPublished(row) && (await liveHash(tx, row)) === contentHash) {
      throw new InvalidTransitionError(
        'submit',
        row.status,
        'The draft has no changes from the live version',
      );
    }
    await tx.insert(approvals).values({
      id: newId('apr'),
      workspaceId: actor.workspaceId,
      journeyId: id,
      contentHash,
      state: 'pending',
      submittedBy: actor.userId,
      submittedAt: now,
      submitComment: comment?.trim() || null,
    });
    await tx
      .update(journeys)
      .set({
        draftStatus: 'in_review',
        ...(isPublished(row) ? {} : { status: 'in_review' as const }),
        contentHash,
        pinnedTemplates,
        reviewNotice: null,
        updatedAt: now,
      })
      .where(eq(journeys.id, id));
    await addComment(tx, actor, id, comment, 'submission', now);
    await audit(tx, actor, row, 'submitted', contentHash, now, comment, {
      pinnedTemplates: Object.fromEntries(
        Object.entries(pinnedTemplates.templates).map(([templateId, pin]) => [templateId, pin.version]),
      ),
    });
    return loadJourneyView(tx, actor, id);
  });
};

const pendingApproval = async (tx: OrmTx, row: JourneyRow) => {
  const [approval] = await tx
    .select()
    .from(approvals)
    .where(
      and(
        eq(approvals.journeyId, row.id),
        eq(approvals.state, 'pending'),
        eq(approvals.contentHash, row.contentHash),
      ),
    )
    .orderBy(desc(approvals.submittedAt))
    .limit(1);
  if (!approval)
    throw new InvalidTransitionError('review', row.draftStatus, 'There is no open submission to review');
  return approval;
};

/**
 * Approves or rejects the open submission. Nobody decides on their own submission (403 `self_approval`),
 * whatever their role; otherwise it takes a reviewer or an admin.
 */
export const reviewJourney = async (
  deps: WorkflowDeps,
  actor: UserPrincipal,
  id: string,
  decision: 'approve' | 'reject',
  comment: string | undefined,
): Promise<JourneyView> => {
  const now = deps.now();
  return deps.db.orm.transaction(async (tx) => {
    const row = await lockJourney(tx, actor, id);
    if (row.status === 'archived' || row.draftStatus !== 'in_review') {
      throw new InvalidTransitionError(decision, row.status === 'archived' ? 'archived' : row.draftStatus);
    }
    const approval = await pendingApproval(tx, row);
    if (approval.submittedBy === actor.userId) throw new SelfApprovalError();
    assertRole(actor, 'reviewer', `${decision} journeys`);
    if (decision === 'approve') await assertFourEyes(tx, actor, id, approval.submittedBy);
    const approved = decision === 'approve';
    await tx
      .update(approvals)
      .set({
        state: approved ? 'approved' : 'rejected',
        decidedBy: actor.userId,
        decidedAt: now,
        decisionComment: comment?.trim() || null,
      })
      .where(eq(approvals.id, approval.id));
    const draftStatus = approved ? ('approved' as const) : ('draft' as const);
    await tx
      .update(journeys)
      .set({ draftStatus, ...(isPublished(row) ? {} : { status: draftStatus }), updatedAt: now })
      .where(eq(journeys.id, id));
    await addComment(tx, actor, id, comment, approved ? 'approval' : 'rejection', now);
    await audit(tx, actor, row, approved ? 'approved' : 'rejected', row.contentHash, now, comment, {
      approvalId: approval.id,
    });
    return loadJourneyView(tx, actor, id);
  });
};

export const broadcastLiveChange = async (db: Database, change: LiveJourneysChange) => {
  await db.notifier.notify(LIVE_JOURNEYS_CHANNEL, JSON.stringify(change));
};

/** The audit entry of a review or lifecycle step of the journey. */
export const audit = (
  tx: OrmTx,
  actor: UserPrincipal,
  row: JourneyRow,
  action: 'submitted' | 'approved' | 'rejected' | 'paused' | 'resumed' | 'archived',
  afterHash: string,
  now: Date,
  comment: string | undefined,
  details: Record<string, unknown> = {},
) =>
  recordActorAudit(tx, actor, {
    action,
    entityType: 'journey',
    entityId: row.id,
    beforeHash: row.contentHash,
    afterHash,
    details: { ...details, ...(comment?.trim() ? { comment: comment.trim() } : {}) },
    at: now,
  });
