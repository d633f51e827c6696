import type {
  CreateJourneyRequest,
  JourneyListQuery,
  UpdateJourneyRequest,
} from '@journeyflow/shared/api/journeys';
import type { ComplianceContext } from '@journeyflow/shared/compliance/checkSendCompliance';
import { journeyContentHash } from '@journeyflow/shared/journey/contentHash';
import type { DraftJourneyGraph } from '@journeyflow/shared/journey/graph';
import { validateJourney } from '@journeyflow/shared/journey/validateJourney';
import type { ValidationResult } from '@journeyflow/shared/journey/validationIssue';
import { and, desc, eq, ilike, inArray } from 'drizzle-orm';
import type { UserPrincipal } from '../auth/principal';
import type { Executor, Orm } from '../db/database';
import { approvals } from '../db/schema/approvals';
import { journeys } from '../db/schema/journeys';
import { journeyVersions } from '../db/schema/journeyVersions';
import { users } from '../db/schema/users';
import {
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  StaleRevisionError,
} from '../errors/domainErrors';
import { newId } from '../ids';
import { draftAuthors } from './assertFourEyes';
import {
  type JourneyRow,
  type JourneySummaryView,
  type JourneyView,
  toJourneySummary,
  toJourneyView,
} from './journeyView';
import { hasRole } from './permissions';
import { recordActorAudit } from './recordAudit';

const EMPTY_GRAPH: DraftJourneyGraph = { nodes: [], edges: [] };

/** The journey row of the actor's workspace, locked for the rest of the transaction; another workspace's id is 404. */
export const lockJourney = async (tx: Executor, actor: UserPrincipal, id: string): Promise<JourneyRow> => {
  const [row] = await tx
    .select()
    .from(journeys)
    .where(and(eq(journeys.id, id), eq(journeys.workspaceId, actor.workspaceId)))
    .for('update');
  if (!row) throw new NotFoundError('Journey');
  return row;
};

/** The full API view of one journey: draft, review facts and the running version's hash. */
export const loadJourneyView = async (
  exec: Executor,
  actor: UserPrincipal,
  id: string,
): Promise<JourneyView> => {
  const [found] = await exec
    .select({ journey: journeys, ownerName: users.name })
    .from(journeys)
    .leftJoin(users, eq(users.id, journeys.createdBy))
    .where(and(eq(journeys.id, id), eq(journeys.workspaceId, actor.workspaceId)));
  if (!found) throw new NotFoundError('Journey');
  const [latest] = await exec
    .select()
    .from(approvals)
    .where(eq(approvals.journeyId, id))
    .orderBy(desc(approvals.submittedAt), desc(approvals.id))
    .limit(1);
  const liveHash = await liveVersionHash(exec, found.journey);
  const authors = await draftAuthors(exec, actor.workspaceId, id);
  return toJourneyView(found.journey, found.ownerName, liveHash, latest, authors);
};

const liveVersionHash = async (exec: Executor, row: JourneyRow): Promise<string | null> => {
  if (!row.liveVersionId) return null;
  const [version] = await exec
    .select({ contentHash: journeyVersions.contentHash })
    .from(journeyVersions)
    .where(eq(journeyVersions.id, row.liveVersionId));
  return version?.contentHash ?? null;
};

/** Conditions of `GET /api/journeys?q=&status=` (shared by the list and its pages). */
export const journeyListConditions = (actor: UserPrincipal, query: JourneyListQuery) => {
  const conditions = [eq(journeys.workspaceId, actor.workspaceId)];
  if (query.status) conditions.push(eq(journeys.status, query.status));
  if (query.q?.trim()) conditions.push(ilike(journeys.name, `%${escapeLike(query.q.trim())}%`));
  return conditions;
};

/** Journey rows (with their owner's name) as list summaries, with the live version's content hash. */
export const toJourneySummaries = async (
  orm: Orm,
  rows: readonly { journey: typeof journeys.$inferSelect; ownerName: string | null }[],
): Promise<JourneySummaryView[]> => {
  const liveIds = rows.flatMap((r) => (r.journey.liveVersionId ? [r.journey.liveVersionId] : []));
  const hashes = new Map<string, string>();
  if (liveIds.length > 0) {
    const versions = await orm
      .select({ id: journeyVersions.id, contentHash: journeyVersions.contentHash })
      .from(journeyVersions)
      .where(inArray(journeyVersions.id, liveIds));
    for (const v of versions) hashes.set(v.id, v.contentHash);
  }
  const rejected = await rejectionComments(
    orm,
    rows.flatMap((r) => (r.journey.draftStatus === 'draft' ? [r.journey.id] : [])),
  );
  return rows.map((r) => {
    const summary = toJourneySummary(
      r.journey,
      r.ownerName,
      r.journey.liveVersionId ? (hashes.get(r.journey.liveVersionId) ?? null) : null,
    );
    const comment = rejected.get(r.journey.id);
    return comment === undefined ? summary : { ...summary, rejectionComment: comment };
  });
};

/** For drafts whose latest submission was rejected: the reviewer's reason (empty when none was given). */
const rejectionComments = async (orm: Orm, journeyIds: readonly string[]): Promise<Map<string, string>> => {
  const out = new Map<string, string>();
  if (journeyIds.length === 0) return out;
  const rows = await orm
    .select({
      journeyId: approvals.journeyId,
      state: approvals.state,
      comment: approvals.decisionComment,
    })
    .from(approvals)
    .where(inArray(approvals.journeyId, [...journeyIds]))
    .orderBy(desc(approvals.submittedAt), desc(approvals.id));
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.journeyId)) continue;
    seen.add(row.journeyId);
    if (row.state === 'rejected') out.set(row.journeyId, row.comment ?? '');
  }
  return out;
};

export const listJourneys = async (
  orm: Orm,
  actor: UserPrincipal,
  query: JourneyListQuery,
): Promise<JourneySummaryView[]> => {
  const rows = await orm
    .select({ journey: journeys, ownerName: users.name })
    .from(journeys)
    .leftJoin(users, eq(users.id, journeys.createdBy))
    .where(and(...journeyListConditions(actor, query)))
    .orderBy(desc(journeys.updatedAt), desc(journeys.id));
  return toJourneySummaries(orm, rows);
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

export const getJourney = (orm: Orm, actor: UserPrincipal, id: string): Promise<JourneyView> =>
  loadJourneyView(orm, actor, id);

/** Any role may draft a journey (SPEC §1: marketers create and edit). */
export const createJourney = async (
  orm: Orm,
  actor: UserPrincipal,
  input: CreateJourneyRequest,
  now: Date,
): Promise<JourneyView> => {
  const graph = input.graph ?? EMPTY_GRAPH;
  const settings = input.settings ?? {};
  const contentHash = journeyContentHash(graph, settings);
  const id = newId('jrn');
  return orm.transaction(async (tx) => {
    await tx.insert(journeys).values({
      id,
      workspaceId: actor.workspaceId,
      name: input.name,
      description: input.description ?? '',
      graph,
      settings,
      contentHash,
      revision: 1,
      status: 'draft',
      draftStatus: 'draft',
      createdBy: actor.userId,
      updatedBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await recordActorAudit(tx, actor, {
      action: 'created',
      entityType: 'journey',
      entityId: id,
      afterHash: contentHash,
      at: now,
    });
    return loadJourneyView(tx, actor, id);
  });
};

/**
 * Saves the draft if `revision` is current (else 409 `stale_revision` with the current revision).
 * A content change while `in_review` or `approved` returns the draft to `draft` and voids the open
 * submission: an approval only ever covers the exact content it saw.
 */
export const updateJourney = async (
  orm: Orm,
  actor: UserPrincipal,
  id: string,
  input: UpdateJourneyRequest,
  now: Date,
): Promise<JourneyView> => {
  const contentEdited = input.graph !== undefined || input.settings !== undefined;
  return orm.transaction(async (tx) => {
    const row = await lockJourney(tx, actor, id);
    if (row.status === 'archived') throw new InvalidTransitionError('edit', row.status);
    if (row.revision !== input.revision) throw new StaleRevisionError(row.revision, input.revision);
    const graph = input.graph ?? row.graph;
    const settings = input.settings ?? row.settings;
    // Pins from the last submit stay in the hash, so saving unchanged content keeps a review open.
    const contentHash = contentEdited
      ? journeyContentHash(graph, settings, row.pinnedTemplates)
      : row.contentHash;
    const contentChanged = contentHash !== row.contentHash;
    const returnsToDraft = contentChanged && row.draftStatus !== 'draft';
    await tx
      .update(journeys)
      .set({
        ...(input.name === undefined ? {} : { name: input.name }),
        ...(input.description === undefined ? {} : { description: input.description }),
        graph,
        settings,
        contentHash,
        revision: row.revision + 1,
        ...(returnsToDraft
          ? {
              draftStatus: 'draft' as const,
              ...(row.liveVersion === null ? { status: 'draft' as const } : {}),
            }
          : {}),
        updatedBy: actor.userId,
        updatedAt: now,
      })
      .where(eq(journeys.id, id));
    if (returnsToDraft) {
      await tx
        .update(approvals)
        .set({ state: 'superseded' })
        .where(and(eq(approvals.journeyId, id), inArray(approvals.state, ['pending', 'approved'])));
    }
    await recordActorAudit(tx, actor, {
      action: 'updated',
      entityType: 'journey',
      entityId: id,
      beforeHash: row.contentHash,
      afterHash: contentHash,
      details: {
        revision: row.revision + 1,
        ...(returnsToDraft ? { returnedToDraft: true, previousDraftStatus: row.draftStatus } : {}),
        ...(input.name !== undefined && input.name !== row.name
          ? { renamed: { from: row.name, to: input.name } }
          : {}),
      },
      at: now,
    });
    return loadJourneyView(tx, actor, id);
  });
};

/**
 * Deletes a journey that never went live (its owner or an admin). A published journey has history
 * customers went through, so it can only be archived.
 */
export const deleteJourney = async (orm: Orm, actor: UserPrincipal, id: string, now: Date): Promise<void> => {
  await orm.transaction(async (tx) => {
    const row = await lockJourney(tx, actor, id);
    if (row.createdBy !== actor.userId && !hasRole(actor, 'admin')) {
      throw new ForbiddenError('Only the owner or an admin can delete a journey');
    }
    if (row.liveVersion !== null) {
      throw new InvalidTransitionError(
        'delete',
        row.status,
        'A published journey cannot be deleted; archive it',
      );
    }
    await tx.delete(journeys).where(eq(journeys.id, id));
    await recordActorAudit(tx, actor, {
      action: 'deleted',
      entityType: 'journey',
      entityId: id,
      beforeHash: row.contentHash,
      details: { name: row.name },
      at: now,
    });
  });
};

/**
 * `POST /api/journeys/:id/validate`: shared `validateJourney` on the current draft, with the workspace's
 * templates and advertising identity so template sends are checked like inline ones.
 */
export const validateStoredJourney = async (
  orm: Orm,
  actor: UserPrincipal,
  id: string,
  compliance: ComplianceContext = {},
): Promise<ValidationResult> => {
  const [row] = await orm
    .select({ graph: journeys.graph, settings: journeys.settings })
    .from(journeys)
    .where(and(eq(journeys.id, id), eq(journeys.workspaceId, actor.workspaceId)));
  if (!row) throw new NotFoundError('Journey');
  return validateJourney(row.graph, row.settings, compliance);
};
