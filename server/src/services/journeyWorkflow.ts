import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { PublishMigration, PublishRequest, PublishResponse } from '@journeyflow/shared/api/journeys';
import { journeyGraphSchema } from '@journeyflow/shared/journey/graph';
import { journeySettingsSchema } from '@journeyflow/shared/journey/journeySettings';
import { validateJourney } from '@journeyflow/shared/journey/validateJourney';
import { and, desc, eq } from 'drizzle-orm';
import type { UserPrincipal } from '../auth/principal';
import type { Database, OrmTx } from '../db/database';
import { LIVE_JOURNEYS_CHANNEL, type LiveJourneysChange } from '../db/notifier';
import { approvals } from '../db/schema/approvals';
import { comments } from '../db/schema/comments';
import { journeys } from '../db/schema/journeys';
import { journeyVersions } from '../db/schema/journeyVersions';
import {
  ForbiddenError,
  InvalidTransitionError,
  JourneyInvalidError,
  NotFoundError,
  SelfApprovalError,
  ValidationFailedError,
} from '../errors/domainErrors';
import { newId } from '../ids';
import type { PublishHook } from '../serverDeps';
import { applyLifecycleToRuns } from './journeyRunsLifecycle';
import { loadJourneyView, lockJourney } from './journeyService';
import type { JourneyRow, JourneyView } from './journeyView';
import { assertRole, hasRole } from './permissions';
import { recordAudit } from './recordAudit';

// SPEC §3 as code. The draft's review cycle (draft → in_review → approved → published) runs on
// `draftStatus`; `status` mirrors it until the first publish, then tracks the running version
// (live ⇄ paused) while the next draft goes through review on its own. `archived` ends both.

type WorkflowDeps = { readonly db: Database; readonly now: () => Date; readonly onPublish: PublishHook };

const isPublished = (row: JourneyRow) => row.liveVersion !== null;

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
  return deps.db.orm.transaction(async (tx) => {
    const row = await lockJourney(tx, actor, id);
    if (row.status === 'archived' || row.draftStatus !== 'draft') {
      throw new InvalidTransitionError('submit', row.status === 'archived' ? 'archived' : row.draftStatus);
    }
    if (isPublished(row) && (await liveHash(tx, row)) === row.contentHash) {
      throw new InvalidTransitionError(
        'submit',
        row.status,
        'The draft has no changes from the live version',
      );
    }
    const result = validateJourney(row.graph, row.settings);
    const errors = result.issues.filter((issue) => issue.severity === 'error');
    if (errors.length > 0) throw new JourneyInvalidError(result.issues);
    await tx.insert(approvals).values({
      id: newId('apr'),
      workspaceId: actor.workspaceId,
      journeyId: id,
      contentHash: row.contentHash,
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
        updatedAt: now,
      })
      .where(eq(journeys.id, id));
    await addComment(tx, actor, id, comment, 'submission', now);
    await audit(tx, actor, row, 'submitted', row.contentHash, now, comment);
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

/** Sentinel that rolls a dry-run publish back after the engine has reported. */
class DryRunRollback extends Error {
  constructor(readonly response: PublishResponse) {
    super('dry run');
  }
}

type JourneyDbRow = {
  id: string;
  workspace_id: string;
  name: string;
  graph: unknown;
  settings: unknown;
  content_hash: string;
  status: JourneyRow['status'];
  draft_status: JourneyRow['draftStatus'];
  live_version: number | null;
  live_version_id: string | null;
  created_by: string | null;
};

/**
 * Publishes the approved draft as version N+1. Needs an approval of exactly the current content hash;
 * the journey's owner or an admin may do it. The writes and the engine's `onPublish` (migrating in-flight
 * customers) share one transaction on the raw SqlClient, so either all of it happens or none.
 * `dryRun` runs the same steps, reports, and rolls back.
 */
export const publishJourney = async (
  deps: WorkflowDeps,
  actor: UserPrincipal,
  id: string,
  request: PublishRequest,
): Promise<PublishResponse> => {
  const now = deps.now();
  const migration: PublishMigration = request.migration ?? { mode: 'keep_on_old' };
  if (migration.mode === 'keep_on_old' && migration.nodeMap && Object.keys(migration.nodeMap).length > 0) {
    throw new ValidationFailedError('nodeMap only applies to migration mode `move`');
  }
  let response: PublishResponse;
  try {
    response = await deps.db.sql.transaction(async (tx) => {
      const [row] = await tx.query<JourneyDbRow>(
        `select id, workspace_id, name, graph, settings, content_hash, status, draft_status, live_version,
                live_version_id, created_by
           from journeys where id = $1 and workspace_id = $2 for update`,
        [id, actor.workspaceId],
      );
      if (!row) throw new NotFoundError('Journey');
      if (row.created_by !== actor.userId && !hasRole(actor, 'admin')) {
        throw new ForbiddenError('Only the journey owner or an admin can publish it');
      }
      if (row.status === 'archived' || row.draft_status !== 'approved') {
        throw new InvalidTransitionError(
          'publish',
          row.status === 'archived' ? 'archived' : row.draft_status,
        );
      }
      const [approval] = await tx.query<{ id: string }>(
        `select id from approvals where journey_id = $1 and state = 'approved' and content_hash = $2
          order by decided_at desc limit 1`,
        [id, row.content_hash],
      );
      if (!approval) {
        throw new InvalidTransitionError(
          'publish',
          row.draft_status,
          'No approval covers the current content',
        );
      }
      const { graph, settings } = strictContent(row.graph, row.settings);
      const [next] = await tx.query<{ version: number }>(
        'select coalesce(max(version), 0) + 1 as version from journey_versions where journey_id = $1',
        [id],
      );
      const version = Number(next?.version ?? 1);
      const versionId = newId('jver');
      await tx.query(
        `insert into journey_versions (id, workspace_id, journey_id, version, name, graph, settings, content_hash,
                                       approval_id, comment, migration, published_by, published_at)
         values ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9, $10, $11::jsonb, $12, $13)`,
        [
          versionId,
          actor.workspaceId,
          id,
          version,
          row.name,
          graph,
          settings,
          row.content_hash,
          approval.id,
          request.comment?.trim() || null,
          migration,
          actor.userId,
          now,
        ],
      );
      await tx.query(`update approvals set state = 'published' where id = $1`, [approval.id]);
      await tx.query(
        `update journeys set status = 'live', draft_status = 'draft', live_version = $2, live_version_id = $3,
                updated_at = $4 where id = $1`,
        [id, version, versionId, now],
      );
      await tx.query(
        `insert into audit_log (id, workspace_id, actor_id, action, entity_type, entity_id, before_hash, after_hash,
                                details, created_at)
         values ($1, $2, $3, 'published', 'journey', $4, $5, $6, $7::jsonb, $8)`,
        [
          newId('aud'),
          actor.workspaceId,
          actor.userId,
          id,
          await previousHash(tx, row.live_version_id),
          row.content_hash,
          {
            version,
            versionId,
            migration,
            previousVersion: row.live_version,
            ...(request.comment?.trim() ? { comment: request.comment.trim() } : {}),
          },
          now,
        ],
      );
      const outcome = await deps.onPublish(
        {
          dryRun: request.dryRun === true,
          workspaceId: actor.workspaceId,
          journeyId: id,
          versionId,
          version,
          previousVersionId: row.live_version_id,
          migration,
        },
        tx,
      );
      const result: PublishResponse = {
        dryRun: request.dryRun === true,
        occupancy: { ...(outcome?.occupancy ?? {}) },
        ...(outcome?.moved === undefined ? {} : { moved: outcome.moved }),
        ...(outcome?.unmappedNodes === undefined ? {} : { unmappedNodes: [...outcome.unmappedNodes] }),
      };
      if (request.dryRun) throw new DryRunRollback(result);
      return { ...result, version };
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.response;
    throw error;
  }
  await broadcastLiveChange(deps.db, { workspaceId: actor.workspaceId, journeyId: id });
  return { ...response, journey: await loadJourneyView(deps.db.orm, actor, id) };
};

const previousHash = async (tx: SqlClient, liveVersionId: string | null): Promise<string | null> => {
  if (!liveVersionId) return null;
  const [row] = await tx.query<{ content_hash: string }>(
    'select content_hash from journey_versions where id = $1',
    [liveVersionId],
  );
  return row?.content_hash ?? null;
};

/** A version must have the strict shape the engine runs (drafts may hold unfinished settings). */
const strictContent = (graph: unknown, settings: unknown) => {
  const validation = validateJourney(graph, settings);
  if (validation.issues.some((issue) => issue.severity === 'error'))
    throw new JourneyInvalidError(validation.issues);
  const parsedGraph = journeyGraphSchema.safeParse(graph);
  const parsedSettings = journeySettingsSchema.safeParse(settings);
  if (!parsedGraph.success || !parsedSettings.success) {
    throw new ValidationFailedError('The journey does not have the shape a published version needs', {
      graph: parsedGraph.success ? undefined : parsedGraph.error.issues,
      settings: parsedSettings.success ? undefined : parsedSettings.error.issues,
    });
  }
  return { graph: parsedGraph.data, settings: parsedSettings.data };
};

const broadcastLiveChange = async (db: Database, change: LiveJourneysChange) => {
  await db.notifier.notify(LIVE_JOURNEYS_CHANNEL, JSON.stringify(change));
};

type LifecycleAction = 'pause' | 'resume' | 'archive';

const LIFECYCLE: Record<
  LifecycleAction,
  {
    from: readonly JourneyRow['status'][];
    to: JourneyRow['status'];
    audit: 'paused' | 'resumed' | 'archived';
  }
> = {
  pause: { from: ['live'], to: 'paused', audit: 'paused' },
  resume: { from: ['paused'], to: 'live', audit: 'resumed' },
  archive: { from: ['draft', 'in_review', 'approved', 'live', 'paused'], to: 'archived', audit: 'archived' },
};

/** Pause, resume and archive (SPEC §1: admins). Entry indexes in every process are told to reload. */
export const changeLifecycle = async (
  deps: WorkflowDeps,
  actor: UserPrincipal,
  id: string,
  action: LifecycleAction,
  comment: string | undefined,
): Promise<JourneyView> => {
  const now = deps.now();
  const rule = LIFECYCLE[action];
  let affectedLive = false;
  const view = await deps.db.orm.transaction(async (tx) => {
    const row = await lockJourney(tx, actor, id);
    assertRole(actor, 'admin', `${action} journeys`);
    if (!rule.from.includes(row.status)) throw new InvalidTransitionError(action, row.status);
    affectedLive = isPublished(row);
    await tx.update(journeys).set({ status: rule.to, updatedAt: now }).where(eq(journeys.id, id));
    if (affectedLive) await applyLifecycleToRuns(tx, deps.db.kind, id, action, now);
    if (action === 'archive') {
      // An archived journey can never be published, so its open submission is void.
      await tx
        .update(approvals)
        .set({ state: 'superseded' })
        .where(and(eq(approvals.journeyId, id), eq(approvals.state, 'pending')));
    }
    await audit(tx, actor, row, rule.audit, row.contentHash, now, comment, { from: row.status, to: rule.to });
    return loadJourneyView(tx, actor, id);
  });
  if (affectedLive) await broadcastLiveChange(deps.db, { workspaceId: actor.workspaceId, journeyId: id });
  return view;
};

const audit = (
  tx: OrmTx,
  actor: UserPrincipal,
  row: JourneyRow,
  action: 'submitted' | 'approved' | 'rejected' | 'paused' | 'resumed' | 'archived',
  afterHash: string,
  now: Date,
  comment: string | undefined,
  details: Record<string, unknown> = {},
) =>
  recordAudit(tx, {
    workspaceId: actor.workspaceId,
    actorId: actor.userId,
    action,
    entityType: 'journey',
    entityId: row.id,
    beforeHash: row.contentHash,
    afterHash,
    details: { ...details, ...(comment?.trim() ? { comment: comment.trim() } : {}) },
    at: now,
  });
