import type { SqlClient } from '../ports/sqlClient';

/**
 * The earliest `wake_at` after `after` of a live run, or undefined when none waits. One read of the first
 * entry of `runs_due_idx` (its predicate is repeated so the planner can use the partial index). A hint for
 * how long the engine loop may sleep, never the truth: the row itself is claimed by `stepDueRuns`.
 */
export async function nextWakeAt(db: SqlClient, after: Date): Promise<Date | undefined> {
  const [row] = await db.query<{ at: unknown }>(
    `select wake_at as at from runs
      where wake_at is not null and status in ('active', 'waiting') and wake_at > $1::timestamptz
      order by wake_at limit 1`,
    [after.toISOString()],
  );
  if (!row || row.at === null || row.at === undefined) return undefined;
  const at = row.at instanceof Date ? row.at : new Date(String(row.at));
  return Number.isNaN(at.getTime()) ? undefined : at;
}
