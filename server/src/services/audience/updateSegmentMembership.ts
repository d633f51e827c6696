import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { Condition } from '@journeyflow/shared/journey/condition';
import { compileCondition, type SegmentRef } from './compileCondition';
import { loadSegmentRefs } from './loadSegmentRefs';
import { SegmentSubqueries } from './segmentSubqueries';
import type { SegmentTransition } from './segmentTransition';
import { SqlParams } from './sqlParams';

export type MembershipOptions = {
  readonly now: Date;
  readonly defaultTimezone?: string;
};

/**
 * Re-evaluates every dynamic segment of the workspace for the given customers (after their profile
 * changed or they sent an event) and returns who entered and who left. One select evaluates all
 * conditions side by side and reads the customers' current memberships; most events change no
 * membership, and then nothing is written. Otherwise one statement inserts and deletes the changed
 * membership rows and adjusts the member counts. Inserts use ON CONFLICT DO NOTHING and deletes
 * RETURNING, so with concurrent callers each transition is reported exactly once. Pass a transaction
 * client to make it part of the caller's ingestion transaction.
 */
/** Whether `condition` compiles, tried on throwaway parameters (a failed compile may leave some unused). */
const compiles = (
  condition: Condition,
  workspaceId: string,
  segments: ReadonlyMap<string, SegmentRef>,
  now: Date,
): boolean => {
  try {
    const ctx = { workspaceId, now, segments, defaultTimezone: 'UTC', subqueries: new SegmentSubqueries() };
    compileCondition(condition, ctx, new SqlParams());
    return true;
  } catch {
    return false;
  }
};

export const updateSegmentMembership = async (
  sql: SqlClient,
  workspaceId: string,
  customerIds: readonly string[],
  options: MembershipOptions,
): Promise<SegmentTransition[]> => {
  if (customerIds.length === 0) return [];
  const refs = await loadSegmentRefs(sql, workspaceId);
  const dynamic: { id: string; condition: Condition }[] = [];
  for (const [id, ref] of refs) {
    if (ref.type !== 'dynamic' || !ref.condition) continue;
    // A segment that cannot be compiled (a row saved before validation) is left to the hourly
    // refresh, which records why on its row; the workspace's other segments stay in step.
    if (compiles(ref.condition, workspaceId, refs, options.now))
      dynamic.push({ id, condition: ref.condition });
  }
  if (dynamic.length === 0) return [];

  const params = new SqlParams([workspaceId, [...new Set(customerIds)]]);
  const ctx = {
    workspaceId,
    now: options.now,
    segments: refs,
    defaultTimezone: options.defaultTimezone ?? 'Asia/Seoul',
    strategy: 'perCustomer' as const,
    subqueries: new SegmentSubqueries(),
    scope: 'c.id = any($2::text[])',
  };
  const columns = dynamic.map(
    (segment, i) => `(${compileCondition(segment.condition, ctx, params)}) as s${i}`,
  );
  const rows = await sql.query<Record<string, unknown> & { member_of: string[] | null }>(
    `${ctx.subqueries.withClause()}select c.id, ${columns.join(', ')},
            array(select m.segment_id from segment_members m
                   where m.workspace_id = $1 and m.customer_id = c.id) as member_of
       from customers c where c.workspace_id = $1 and c.id = any($2::text[])`,
    params.values,
  );
  const enterSegments: string[] = [];
  const enterCustomers: string[] = [];
  const leaveSegments: string[] = [];
  const leaveCustomers: string[] = [];
  for (const row of rows) {
    const memberOf = new Set(row.member_of ?? []);
    dynamic.forEach((segment, i) => {
      const matches = row[`s${i}`] === true;
      if (matches === memberOf.has(segment.id)) return;
      const into = matches ? [enterSegments, enterCustomers] : [leaveSegments, leaveCustomers];
      into[0]!.push(segment.id);
      into[1]!.push(String(row.id));
    });
  }
  if (enterSegments.length === 0 && leaveSegments.length === 0) return [];
  const changed = await sql.query<{ kind: 'entered' | 'exited'; segment_id: string; customer_id: string }>(
    `with entered as (
       insert into segment_members (segment_id, customer_id, workspace_id, entered_at)
       select s, c, $5, $6::timestamptz from unnest($1::text[], $2::text[]) as x(s, c)
       on conflict do nothing returning segment_id, customer_id
     ), exited as (
       delete from segment_members m using unnest($3::text[], $4::text[]) as x(s, c)
        where m.segment_id = x.s and m.customer_id = x.c returning m.segment_id, m.customer_id
     ), deltas as (
       select t.segment_id, sum(t.d)::int as d
         from (select segment_id, 1 as d from entered union all select segment_id, -1 as d from exited) t
        group by t.segment_id
     ), counted as (
       update segments s set member_count = greatest(0, s.member_count + deltas.d)
         from deltas where s.id = deltas.segment_id and deltas.d <> 0
       returning s.id
     )
     select 'entered' as kind, segment_id, customer_id from entered
     union all
     select 'exited' as kind, segment_id, customer_id from exited`,
    [enterSegments, enterCustomers, leaveSegments, leaveCustomers, workspaceId, options.now.toISOString()],
  );
  return changed.map((row) => ({ segmentId: row.segment_id, customerId: row.customer_id, kind: row.kind }));
};
