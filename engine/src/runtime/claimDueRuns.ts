import type { SqlClient, SqlRow } from '../ports/sqlClient';
import { joinedCustomerColumns } from '../step/customerRecord';
import { runColumns } from '../step/runRecord';

/**
 * The due-run claim: the oldest `limit` due runs, locked with `SKIP LOCKED` so workers never share one,
 * with their customers in the same round trip (the CTE keeps the lock on runs only).
 *
 * Two things keep it O(batch) however many runs wait or are due:
 * - the planner estimates "due now" from a histogram that rarely holds the present, so it picks a bitmap
 *   scan of every due row plus a sort; that reads (and, without kill bits, re-reads the dead index entries
 *   of) the whole backlog on every claim. Bitmap scans are off for this one statement, so it walks
 *   `runs_due_idx` in `wake_at` order and stops after `limit` live rows;
 * - customers are joined on their whole key `(id, workspace_id)`: on `id` alone the planner cannot know a
 *   run has one customer and hashes the whole customers table (seen: −94 % steps/s with 10M parked runs).
 */
export function claimDueRunsSql(onlyVersionId: boolean): string {
  return `with claimed as (
       select ${runColumns} from runs where wake_at <= $1::timestamptz and status in ('active', 'waiting')
         ${onlyVersionId ? 'and version_id = $3' : ''} order by wake_at limit $2 for update skip locked)
     select claimed.*, ${joinedCustomerColumns}
       from claimed left join customers c on c.id = claimed.customer_id and c.workspace_id = claimed.workspace_id
       order by claimed.wake_at`;
}

export async function claimDueRuns(
  tx: SqlClient,
  now: Date,
  limit: number,
  onlyVersionId?: string,
): Promise<SqlRow[]> {
  const params = onlyVersionId ? [now.toISOString(), limit, onlyVersionId] : [now.toISOString(), limit];
  const sql = claimDueRunsSql(onlyVersionId !== undefined);
  if (tx.kind !== 'postgres') return tx.query(sql, params);
  await tx.query('set local enable_bitmapscan = off', [], { prepare: true });
  const rows = await tx.query(sql, params, { prepare: true });
  await tx.query('set local enable_bitmapscan = on', [], { prepare: true });
  return rows;
}
