import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { SegmentChangeRequest, UpdateSegmentRequest } from '@journeyflow/shared/api/segments';
import type { UserPrincipal } from '../auth/principal';
import { InvalidTransitionError, NotFoundError, SelfApprovalError } from '../errors/domainErrors';
import { newId } from '../ids';
import type { JourneyUsingSegment } from './journeysUsingSegment';
import { assertRole } from './permissions';
import { recordActorAudit } from './recordAudit';

/** Whether the workspace holds segment edits that touch live journeys for review (default on). */
export const segmentEditsNeedApproval = async (sql: SqlClient, workspaceId: string): Promise<boolean> => {
  const [row] = await sql.query<{ on: boolean }>(
    'select segment_edits_need_approval as on from workspaces where id = $1',
    [workspaceId],
  );
  return row?.on !== false;
};

export const setSegmentEditsNeedApproval = async (
  sql: SqlClient,
  actor: UserPrincipal,
  on: boolean,
  now: Date,
): Promise<void> => {
  assertRole(actor, 'admin', 'change review settings');
  await sql.transaction(async (tx) => {
    const before = await segmentEditsNeedApproval(tx, actor.workspaceId);
    await tx.query('update workspaces set segment_edits_need_approval = $2 where id = $1', [
      actor.workspaceId,
      on,
    ]);
    await recordActorAudit(tx, actor, {
      action: 'updated',
      entityType: 'workspace',
      entityId: actor.workspaceId,
      before: { segmentEditsNeedApproval: before },
      after: { segmentEditsNeedApproval: on },
      at: now,
    });
  });
};

/**
 * An edit must wait for a reviewer when it changes who is in the segment (its condition) while running
 * journeys use it and the workspace asks for review. Renaming or describing applies at once.
 */
export const editNeedsReview = async (
  sql: SqlClient,
  workspaceId: string,
  change: UpdateSegmentRequest,
  journeys: readonly JourneyUsingSegment[],
): Promise<boolean> =>
  change.condition !== undefined &&
  journeys.some((j) => j.status === 'live' || j.status === 'paused') &&
  (await segmentEditsNeedApproval(sql, workspaceId));

/** Holds the edit back; an older pending request of the segment is superseded by this one. */
export const requestSegmentChange = async (
  sql: SqlClient,
  actor: UserPrincipal,
  segmentId: string,
  change: UpdateSegmentRequest,
  journeys: readonly JourneyUsingSegment[],
  now: Date,
): Promise<string> =>
  sql.transaction(async (tx) => {
    await tx.query(
      `update segment_change_requests set state = 'superseded'
        where workspace_id = $1 and segment_id = $2 and state = 'pending'`,
      [actor.workspaceId, segmentId],
    );
    const id = newId('sgc');
    await tx.query(
      `insert into segment_change_requests (id, workspace_id, segment_id, change, requested_by, requested_at)
       values ($1, $2, $3, $4::text::jsonb, $5, $6)`,
      [id, actor.workspaceId, segmentId, JSON.stringify(change), actor.userId, now.toISOString()],
    );
    await recordActorAudit(tx, actor, {
      action: 'change_requested',
      entityType: 'segment',
      entityId: segmentId,
      after: change,
      details: { requestId: id, affectedJourneys: journeys },
      at: now,
    });
    return id;
  });

type RequestRow = {
  id: string;
  segment_id: string;
  segment_name: string;
  change: unknown;
  requested_by: string | null;
  requested_at: string | Date;
};

const toRequest = (row: RequestRow): SegmentChangeRequest => ({
  id: row.id,
  segmentId: row.segment_id,
  segmentName: row.segment_name,
  change: (typeof row.change === 'string' ? JSON.parse(row.change) : row.change) as UpdateSegmentRequest,
  requestedBy: row.requested_by,
  requestedAt: new Date(row.requested_at).toISOString(),
});

export const listSegmentChangeRequests = async (
  sql: SqlClient,
  workspaceId: string,
): Promise<SegmentChangeRequest[]> =>
  (
    await sql.query<RequestRow>(
      `select r.id, r.segment_id, s.name as segment_name, r.change, r.requested_by, r.requested_at
         from segment_change_requests r join segments s on s.id = r.segment_id
        where r.workspace_id = $1 and r.state = 'pending'
        order by r.requested_at, r.id`,
      [workspaceId],
    )
  ).map(toRequest);

/**
 * A reviewer decides on a held-back edit: never the one who asked (403 `self_approval`). Approving runs
 * `apply` (the segment update) in the same transaction, so a decision is never recorded without its effect.
 */
export const decideSegmentChange = async (
  sql: SqlClient,
  actor: UserPrincipal,
  requestId: string,
  decision: 'approve' | 'reject',
  now: Date,
  apply: (tx: SqlClient, request: SegmentChangeRequest) => Promise<unknown> = async () => {},
): Promise<SegmentChangeRequest> => {
  assertRole(actor, 'reviewer', `${decision} segment changes`);
  return sql.transaction(async (tx) => {
    const [row] = await tx.query<RequestRow & { state: string }>(
      `select r.id, r.segment_id, s.name as segment_name, r.change, r.requested_by, r.requested_at, r.state
         from segment_change_requests r join segments s on s.id = r.segment_id
        where r.workspace_id = $1 and r.id = $2 for update of r`,
      [actor.workspaceId, requestId],
    );
    if (!row) throw new NotFoundError('Segment change request');
    if (row.state !== 'pending') throw new InvalidTransitionError(decision, row.state);
    if (row.requested_by === actor.userId) {
      throw new SelfApprovalError('You asked for this segment change; another reviewer must decide on it');
    }
    await tx.query(
      `update segment_change_requests set state = $2, decided_by = $3, decided_at = $4 where id = $1`,
      [requestId, decision === 'approve' ? 'approved' : 'rejected', actor.userId, now.toISOString()],
    );
    const request = toRequest(row);
    if (decision === 'approve') await apply(tx, request);
    await recordActorAudit(tx, actor, {
      action: decision === 'approve' ? 'change_approved' : 'change_rejected',
      entityType: 'segment',
      entityId: row.segment_id,
      after: request.change,
      details: { requestId, requestedBy: row.requested_by },
      at: now,
    });
    return request;
  });
};
