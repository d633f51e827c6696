import {
  type AuditEntry,
  auditActionSchema,
  type CreateCommentRequest,
  type JourneyComment,
  type JourneyVersion,
  type JourneyVersionSummary,
} from '@journeyflow/shared/api/journeys';
import { and, asc, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { UserPrincipal } from '../auth/principal';
import type { Executor, Orm } from '../db/database';
import { insertOne } from '../db/insertOne';
import { auditLog } from '../db/schema/auditLog';
import { comments } from '../db/schema/comments';
import { journeys } from '../db/schema/journeys';
import { journeyVersions } from '../db/schema/journeyVersions';
import { users } from '../db/schema/users';
import { NotFoundError } from '../errors/domainErrors';
import { newId } from '../ids';
import { recordActorAudit } from './recordAudit';

/** 404 unless the journey exists in the actor's workspace; every history read starts here. */
export const assertJourneyVisible = async (
  exec: Executor,
  actor: UserPrincipal,
  id: string,
): Promise<void> => {
  const [row] = await exec
    .select({ id: journeys.id })
    .from(journeys)
    .where(and(eq(journeys.id, id), eq(journeys.workspaceId, actor.workspaceId)));
  if (!row) throw new NotFoundError('Journey');
};

type VersionRow = typeof journeyVersions.$inferSelect;

const toVersionSummary = (row: VersionRow, publisherName: string | null): JourneyVersionSummary => ({
  journeyId: row.journeyId,
  version: row.version,
  contentHash: row.contentHash,
  publishedBy: row.publishedBy ?? '',
  ...(publisherName === null ? {} : { publishedByName: publisherName }),
  publishedAt: row.publishedAt.toISOString(),
  comment: row.comment,
});

export const listVersions = async (
  orm: Orm,
  actor: UserPrincipal,
  id: string,
): Promise<JourneyVersionSummary[]> => {
  await assertJourneyVisible(orm, actor, id);
  const rows = await orm
    .select({ version: journeyVersions, publisherName: users.name })
    .from(journeyVersions)
    .leftJoin(users, eq(users.id, journeyVersions.publishedBy))
    .where(and(eq(journeyVersions.journeyId, id), eq(journeyVersions.workspaceId, actor.workspaceId)))
    .orderBy(desc(journeyVersions.version));
  return rows.map((r) => toVersionSummary(r.version, r.publisherName));
};

export const getVersion = async (
  orm: Orm,
  actor: UserPrincipal,
  id: string,
  version: number,
): Promise<JourneyVersion> => {
  const [row] = await orm
    .select({ version: journeyVersions, publisherName: users.name })
    .from(journeyVersions)
    .leftJoin(users, eq(users.id, journeyVersions.publishedBy))
    .where(
      and(
        eq(journeyVersions.journeyId, id),
        eq(journeyVersions.workspaceId, actor.workspaceId),
        eq(journeyVersions.version, version),
      ),
    );
  if (!row) throw new NotFoundError('Version');
  return {
    ...toVersionSummary(row.version, row.publisherName),
    name: row.version.name,
    graph: row.version.graph,
    settings: row.version.settings,
  };
};

/** The journey actions the audit trail shows: the ones shared's `auditActionSchema` names. */
const AUDIT_ACTIONS = new Set<string>(auditActionSchema.options);

/** Who did what to the journey and when, with the content hash before and after, oldest first. */
export const listJourneyAudit = async (orm: Orm, actor: UserPrincipal, id: string): Promise<AuditEntry[]> => {
  await assertJourneyVisible(orm, actor, id);
  const rows = await orm
    .select({ entry: auditLog, actorName: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        eq(auditLog.workspaceId, actor.workspaceId),
        eq(auditLog.entityType, 'journey'),
        eq(auditLog.entityId, id),
      ),
    )
    .orderBy(asc(auditLog.createdAt), asc(auditLog.id));
  return rows
    .filter((r) => AUDIT_ACTIONS.has(r.entry.action))
    .map(({ entry, actorName }) => {
      const { comment, ...details } = entry.details as { comment?: unknown } & Record<string, unknown>;
      return {
        id: entry.id,
        journeyId: entry.entityId,
        action: entry.action as AuditEntry['action'],
        actorId: entry.actorId ?? '',
        ...(actorName === null ? {} : { actorName }),
        beforeHash: entry.beforeHash,
        afterHash: entry.afterHash,
        comment: typeof comment === 'string' ? comment : null,
        details,
        createdAt: entry.createdAt.toISOString(),
      };
    });
};

type CommentRow = typeof comments.$inferSelect;

export const toComment = (
  row: CommentRow,
  authorName: string | null,
  resolvedByName: string | null = null,
): JourneyComment & { kind: CommentRow['kind'] } => ({
  id: row.id,
  journeyId: row.journeyId,
  nodeId: row.nodeId,
  body: row.body,
  authorId: row.authorId ?? '',
  ...(authorName === null ? {} : { authorName }),
  kind: row.kind,
  createdAt: row.createdAt.toISOString(),
  resolvedAt: row.resolvedAt ? row.resolvedAt.toISOString() : null,
  resolvedBy: row.resolvedBy,
  ...(resolvedByName === null ? {} : { resolvedByName }),
});

const resolver = alias(users, 'resolver');

/** Review discussion, oldest first, including the notes given with submit, approve and reject. */
export const listComments = async (orm: Orm, actor: UserPrincipal, id: string) => {
  await assertJourneyVisible(orm, actor, id);
  const rows = await orm
    .select({ comment: comments, authorName: users.name, resolvedByName: resolver.name })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .leftJoin(resolver, eq(resolver.id, comments.resolvedBy))
    .where(and(eq(comments.journeyId, id), eq(comments.workspaceId, actor.workspaceId)))
    .orderBy(asc(comments.createdAt), asc(comments.id));
  return rows.map((r) => toComment(r.comment, r.authorName, r.resolvedByName));
};

export const addJourneyComment = async (
  orm: Orm,
  actor: UserPrincipal,
  id: string,
  input: CreateCommentRequest,
  now: Date,
) =>
  orm.transaction(async (tx) => {
    await assertJourneyVisible(tx, actor, id);
    const row = await insertOne(tx, comments, {
      id: newId('cmt'),
      workspaceId: actor.workspaceId,
      journeyId: id,
      nodeId: input.nodeId ?? null,
      authorId: actor.userId,
      body: input.body,
      kind: 'comment',
      createdAt: now,
    });
    await recordActorAudit(tx, actor, {
      action: 'commented',
      entityType: 'journey',
      entityId: id,
      details: { commentId: row.id, ...(input.nodeId ? { nodeId: input.nodeId } : {}) },
      at: now,
    });
    return toComment(row, actor.name);
  });
