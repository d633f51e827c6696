import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { CreateSegmentRequest, Segment, UpdateSegmentRequest } from '@journeyflow/shared/api/segments';
import { checkSegmentReferences, referencedSegments } from '@journeyflow/shared/audience/segmentReferences';
import type { Condition } from '@journeyflow/shared/journey/condition';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../errors/domainErrors';
import { LimitExceededError, SegmentCycleError } from '../../errors/limitErrors';
import { newId } from '../../ids';

type SegmentRow = {
  id: string;
  name: string;
  description: string | null;
  type: 'dynamic' | 'static';
  condition: Condition | null;
  member_count: number;
  last_error: string | null;
  failed_at: Date | null;
  created_at: Date;
  updated_at: Date;
};

const COLUMNS =
  'id, name, description, type, condition, member_count, last_error, failed_at, created_at, updated_at';

const toSegment = (row: SegmentRow): Segment => ({
  id: row.id,
  name: row.name,
  description: row.description,
  type: row.type,
  condition: row.condition ?? null,
  count: Number(row.member_count),
  lastError: row.last_error ?? null,
  failedAt: row.failed_at ? new Date(row.failed_at).toISOString() : null,
  createdAt: new Date(row.created_at).toISOString(),
  updatedAt: new Date(row.updated_at).toISOString(),
});

/**
 * Refuses unknown segment ids, and references that would make a loop (422 `segment_cycle`) or a chain
 * longer than `LIMITS.segmentReferenceDepth` (422 `limit_exceeded`), checked over the workspace's
 * segments with this one's new condition.
 */
export const checkReferences = async (
  sql: SqlClient,
  workspaceId: string,
  condition: Condition,
  selfId: string,
) => {
  const ids = [...referencedSegments(condition)];
  if (ids.length === 0) return;
  if (ids.includes(selfId)) throw new SegmentCycleError([selfId, selfId]);
  const rows = await sql.query<{ id: string; condition: Condition | null }>(
    'select id, condition from segments where workspace_id = $1',
    [workspaceId],
  );
  const known = new Set(rows.map((r) => r.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new ValidationFailedError(`Unknown segment ${unknown.join(', ')}`, { segments: unknown });
  }
  const refs = new Map<string, ReadonlySet<string>>();
  for (const row of rows) if (row.condition) refs.set(row.id, referencedSegments(row.condition));
  refs.set(selfId, new Set(ids));
  const check = checkSegmentReferences(selfId, refs);
  if (check.ok) return;
  if ('cycle' in check) throw new SegmentCycleError(check.cycle);
  throw new LimitExceededError('segmentReferenceDepth');
};

export const listSegments = async (sql: SqlClient, workspaceId: string): Promise<Segment[]> => {
  const rows = await sql.query<SegmentRow>(
    `select ${COLUMNS} from segments where workspace_id = $1 order by name, id`,
    [workspaceId],
  );
  return rows.map(toSegment);
};

export const getSegment = async (sql: SqlClient, workspaceId: string, id: string): Promise<Segment> => {
  const [row] = await sql.query<SegmentRow>(
    `select ${COLUMNS} from segments where workspace_id = $1 and id = $2`,
    [workspaceId, id],
  );
  if (!row) throw new NotFoundError('Segment');
  return toSegment(row);
};

export const createSegment = async (
  sql: SqlClient,
  workspaceId: string,
  request: CreateSegmentRequest,
  options: { readonly now: Date; readonly createdBy?: string | undefined; readonly id?: string },
): Promise<Segment> => {
  const condition = 'condition' in request ? request.condition : null;
  const id = options.id ?? newId('seg');
  if (condition) await checkReferences(sql, workspaceId, condition, id);
  const [row] = await sql.query<SegmentRow>(
    `insert into segments (id, workspace_id, name, description, type, condition, created_by, created_at, updated_at)
     values ($1, $2, $3, $4, $5, ($6::text)::jsonb, $7, $8::timestamptz, $8::timestamptz) returning ${COLUMNS}`,
    [
      id,
      workspaceId,
      request.name,
      request.description ?? null,
      condition ? 'dynamic' : 'static',
      condition ? JSON.stringify(condition) : null,
      options.createdBy ?? null,
      options.now.toISOString(),
    ],
  );
  return toSegment(row!);
};

export const updateSegment = async (
  sql: SqlClient,
  workspaceId: string,
  id: string,
  request: UpdateSegmentRequest,
  now: Date,
): Promise<Segment> => {
  const current = await getSegment(sql, workspaceId, id);
  if (request.condition && current.type === 'static') {
    throw new ValidationFailedError('A static segment has no condition; its members come from imports');
  }
  if (request.condition) await checkReferences(sql, workspaceId, request.condition, id);
  const [row] = await sql.query<SegmentRow>(
    `update segments set name = coalesce($3, name), description = coalesce($4, description),
       condition = coalesce(($5::text)::jsonb, condition), updated_at = $6::timestamptz
     where workspace_id = $1 and id = $2 returning ${COLUMNS}`,
    [
      workspaceId,
      id,
      request.name ?? null,
      request.description ?? null,
      request.condition ? JSON.stringify(request.condition) : null,
      now.toISOString(),
    ],
  );
  return toSegment(row!);
};

/** Refuses while another segment's condition or a live journey's entry refers to it. */
export const deleteSegment = async (sql: SqlClient, workspaceId: string, id: string): Promise<void> => {
  await getSegment(sql, workspaceId, id);
  const others = await sql.query<{ id: string; condition: Condition | null }>(
    `select id, condition from segments where workspace_id = $1 and id <> $2 and type = 'dynamic'`,
    [workspaceId, id],
  );
  const users = others.filter((s) => s.condition && referencedSegments(s.condition).has(id)).map((s) => s.id);
  if (users.length > 0) throw new ConflictError(`Segments ${users.join(', ')} refer to this segment`);
  const journeys = await sql.query<{ journey_id: string }>(
    `select distinct journey_id from journey_versions
      where workspace_id = $1 and status in ('live', 'paused')
        and jsonb_path_exists(graph, '$.nodes[*] ? (@.settings.segmentId == $id)', jsonb_build_object('id', $2::text))`,
    [workspaceId, id],
  );
  if (journeys.length > 0) {
    throw new ConflictError('Live journeys start from this segment', {
      journeys: journeys.map((j) => j.journey_id),
    });
  }
  await sql.transaction(async (tx) => {
    await tx.query('delete from segment_members where segment_id = $1', [id]);
    await tx.query('delete from segments where workspace_id = $1 and id = $2', [workspaceId, id]);
  });
};
