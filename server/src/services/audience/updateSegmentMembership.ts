import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { Condition } from '@journeyflow/shared/journey/condition';
import { compileCondition } from './compileCondition';
import { loadSegmentRefs } from './loadSegmentRefs';
import { recordMemberCountDeltas } from './recordMemberCountDeltas';
import type { SegmentTransition } from './segmentTransition';
import { SqlParams } from './sqlParams';

export type MembershipOptions = {
  readonly now: Date;
  readonly defaultTimezone?: string;
};

/**
 * Re-evaluates every dynamic segment of the workspace for the given customers (after their profile
 * changed or they sent an event) and returns who entered and who left. It costs three statements
 * however many segments there are: one select evaluating all conditions side by side, one insert and
 * one delete of membership rows. Inserts use ON CONFLICT DO NOTHING and deletes RETURNING, so with
 * concurrent callers each transition is reported exactly once. Pass a transaction client to make it
 * part of the caller's ingestion transaction.
 */
export const updateSegmentMembership = async (
  sql: SqlClient,
  workspaceId: string,
  customerIds: readonly string[],
  options: MembershipOptions,
): Promise<SegmentTransition[]> => {
  if (customerIds.length === 0) return [];
  const refs = await loadSegmentRefs(sql, workspaceId);
  const dynamic: { id: string; condition: Condition }[] = [];
  for (const [id, ref] of refs)
    if (ref.type === 'dynamic' && ref.condition) dynamic.push({ id, condition: ref.condition });
  if (dynamic.length === 0) return [];

  const params = new SqlParams([workspaceId, [...new Set(customerIds)]]);
  const ctx = {
    workspaceId,
    now: options.now,
    segments: refs,
    defaultTimezone: options.defaultTimezone ?? 'Asia/Seoul',
    strategy: 'perCustomer' as const,
  };
  const columns = dynamic.map(
    (segment, i) => `(${compileCondition(segment.condition, ctx, params)}) as s${i}`,
  );
  const rows = await sql.query<Record<string, unknown>>(
    `select c.id, ${columns.join(', ')} from customers c where c.workspace_id = $1 and c.id = any($2::text[])`,
    params.values,
  );
  const enterSegments: string[] = [];
  const enterCustomers: string[] = [];
  const leaveSegments: string[] = [];
  const leaveCustomers: string[] = [];
  for (const row of rows) {
    dynamic.forEach((segment, i) => {
      const into = row[`s${i}`] === true ? [enterSegments, enterCustomers] : [leaveSegments, leaveCustomers];
      into[0]!.push(segment.id);
      into[1]!.push(String(row.id));
    });
  }
  const transitions: SegmentTransition[] = [];
  if (enterSegments.length > 0) {
    const entered = await sql.query<{ segment_id: string; customer_id: string }>(
      `insert into segment_members (segment_id, customer_id, workspace_id, entered_at)
       select s, c, $3, $4::timestamptz from unnest($1::text[], $2::text[]) as x(s, c)
       on conflict do nothing returning segment_id, customer_id`,
      [enterSegments, enterCustomers, workspaceId, options.now.toISOString()],
    );
    for (const row of entered)
      transitions.push({ segmentId: row.segment_id, customerId: row.customer_id, kind: 'entered' });
  }
  if (leaveSegments.length > 0) {
    const left = await sql.query<{ segment_id: string; customer_id: string }>(
      `delete from segment_members m using unnest($1::text[], $2::text[]) as x(s, c)
       where m.segment_id = x.s and m.customer_id = x.c returning m.segment_id, m.customer_id`,
      [leaveSegments, leaveCustomers],
    );
    for (const row of left)
      transitions.push({ segmentId: row.segment_id, customerId: row.customer_id, kind: 'exited' });
  }
  await recordMemberCountDeltas(sql, transitions);
  return transitions;
};
