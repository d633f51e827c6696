import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { AudienceEvent } from './audienceEvent';
import { compileCondition } from './compileCondition';
import { getGradeTiers } from './gradeTierStore';
import { loadSegmentRefs } from './loadSegmentRefs';
import { SegmentSubqueries } from './segmentSubqueries';
import { SqlParams } from './sqlParams';

export type GradeChange = {
  readonly historyId: string;
  readonly customerId: string;
  readonly externalId: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly changedAt: Date;
};

export type GradeOptions = {
  readonly now: Date;
  /** Only these customers (after a purchase); omitted → everyone (nightly). */
  readonly customerIds?: readonly string[];
  /** Why, recorded in the history: `purchase`, `nightly`, `tiers_changed`. */
  readonly reason: string;
  readonly defaultTimezone?: string;
};

/**
 * Assigns each customer the first tier whose rule matches, in one statement: a CASE over the compiled
 * tier rules, an UPDATE of the customers whose grade differs and an INSERT into grade_history, all in
 * one CTE so the history can't miss a change. Without tiers nothing is touched (grades set through the
 * API stay). Returns the changes; `gradeChangedEvents` turns them into `grade_changed` events.
 */
export const evaluateGrades = async (
  sql: SqlClient,
  workspaceId: string,
  options: GradeOptions,
): Promise<GradeChange[]> => {
  const tiers = await getGradeTiers(sql, workspaceId);
  if (tiers.length === 0) return [];
  if (options.customerIds && options.customerIds.length === 0) return [];
  const refs = await loadSegmentRefs(sql, workspaceId);
  const params = new SqlParams([workspaceId, options.now.toISOString(), options.reason]);
  const scope = options.customerIds
    ? `c.id = any(${params.add([...new Set(options.customerIds)])}::text[])`
    : undefined;
  const subqueries = new SegmentSubqueries();
  const ctx = {
    workspaceId,
    now: options.now,
    segments: refs,
    defaultTimezone: options.defaultTimezone ?? 'Asia/Seoul',
    strategy: options.customerIds ? ('perCustomer' as const) : ('set' as const),
    subqueries,
    ...(scope ? { scope } : {}),
  };
  const branches = tiers.map(
    (tier) =>
      `when ${tier.rule ? compileCondition(tier.rule, ctx, params) : 'true'} then ${params.add(tier.name)}::text`,
  );
  const rows = await sql.query<{
    id: string;
    customer_id: string;
    external_id: string;
    from_grade: string | null;
    to_grade: string | null;
  }>(
    `with ${[...subqueries.definitions(), ''].join(', ')}target as (
       select c.id, c.external_id, c.grade as old_grade, (case ${branches.join(' ')} else null end) as new_grade
         from customers c where c.workspace_id = $1 ${scope ? `and ${scope}` : ''}
     ),
     changed as (
       update customers c set grade = t.new_grade, updated_at = $2::timestamptz
         from target t where c.id = t.id and t.old_grade is distinct from t.new_grade
       returning c.id, c.external_id, t.old_grade, t.new_grade
     ),
     history as (
       insert into grade_history (id, workspace_id, customer_id, from_grade, to_grade, reason, changed_at)
       select 'grh_' || replace(gen_random_uuid()::text, '-', ''), $1, id, old_grade, new_grade, $3, $2::timestamptz
         from changed
       returning id, customer_id, from_grade, to_grade
     )
     select h.id, h.customer_id, ch.external_id, h.from_grade, h.to_grade
       from history h join changed ch on ch.id = h.customer_id`,
    params.values,
  );
  return rows.map((row) => ({
    historyId: row.id,
    customerId: row.customer_id,
    externalId: row.external_id,
    from: row.from_grade,
    to: row.to_grade,
    changedAt: options.now,
  }));
};

/** `grade_changed` events (`from`, `to`) for the engine's `entry.grade` nodes, deduplicated by history id. */
export const gradeChangedEvents = (changes: readonly GradeChange[]): AudienceEvent[] =>
  changes.map((change) => ({
    customerId: change.customerId,
    externalId: change.externalId,
    name: 'grade_changed',
    properties: { from: change.from, to: change.to },
    timestamp: change.changedAt,
    messageId: `grade_changed:${change.historyId}`,
  }));
