import type { SqlClient, SqlRow } from '../ports/sqlClient';
import { joinedCustomerColumns } from '../step/customerRecord';
import { runColumns } from '../step/runRecord';

/**
 * A step batch commits without waiting for its WAL flush (`synchronous_commit = off`, this transaction
 * only). A crash can then lose the last few milliseconds of committed batches — never a message or a
 * double one: a lost batch's runs are still due in their old state and are stepped again, giving the same
 * outbox idempotency keys (run:node:visit); and nothing outside the database acts on a batch before it is
 * durable, because whoever acts (the delivery handoff before a provider call, an ingest advancing a
 * waiting run) commits synchronously, and that flush covers every earlier commit in the WAL. Only a
 * reader that merely looked (a trace page) can have seen a state that is stepped again after a crash.
 *
 * Sequential scans are off for the step transaction: every one of its statements finds rows by key
 * (the claim's customers, the runs update from the batch's json), and the planner estimates a
 * `json_to_recordset` at 100 rows whatever the batch holds, so on a table of some ten thousand rows (or
 * one never analysed) it hashed the batch and read the whole runs and customers tables on every batch
 * (seen: 60k-row seq scans per 1,000-run batch in the bench). Index lookups keep each batch O(batch).
 */
export const STEP_TRANSACTION_SETTINGS =
  "select set_config('enable_bitmapscan', 'off', true), set_config('enable_seqscan', 'off', true), " +
  "set_config('synchronous_commit', 'off', true)";

/**
 * On PGlite the same plan settings, without the asynchronous commit (see claimDueRuns): PGlite never
 * analyzes by itself, and with default estimates the batch's `update runs ... from json_to_recordset(...)`
 * was planned as a hash join over a scan of every run (O(runs) per batch).
 */
const PGLITE_CLAIM_SETTINGS =
  "select set_config('enable_bitmapscan', 'off', true), set_config('enable_seqscan', 'off', true)";

/**
 * The due-run claim: the oldest `limit` due runs, locked with `SKIP LOCKED` so workers never share one,
 * with their customers in the same round trip (the CTE keeps the lock on runs only).
 *
 * Two things keep it O(batch) however many runs wait or are due:
 * - the planner estimates "due now" from a histogram that rarely holds the present, so it picks a bitmap
 *   scan of every due row plus a sort; that reads (and, without kill bits, re-reads the dead index entries
 *   of) the whole backlog on every claim. Bitmap scans are off for the step transaction (its other
 *   statements look rows up by key; so are sequential scans, see STEP_TRANSACTION_SETTINGS), so the claim walks
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

/**
 * One json value per row instead of ~35 columns: PGlite decodes each field of each row in JavaScript
 * (a buffer copy and a text decode per field), while one JSON.parse per row is native. The values keep
 * their meaning: timestamps arrive as ISO strings, which runFromRow and customerFromJoinedRow turn into
 * dates as they do for PostgreSQL's.
 */
const asJsonRows = (sql: string) => `select row_to_json(j) as r from (${sql}) j order by j.wake_at`;

export async function claimDueRuns(
  tx: SqlClient,
  now: Date,
  limit: number,
  onlyVersionId?: string,
): Promise<SqlRow[]> {
  const params = onlyVersionId ? [now.toISOString(), limit, onlyVersionId] : [now.toISOString(), limit];
  const sql = claimDueRunsSql(onlyVersionId !== undefined);
  if (tx.kind !== 'postgres') {
    // PGlite plans the claim like PostgreSQL (a bitmap scan of every due row and an external sort: 220 ms
    // instead of 36 ms for a 1,000-run claim over 20,000 due), so it needs the same plan setting. Commits
    // stay synchronous there: PGlite runs with fsync = off, so a commit costs a write to the OS and no
    // flush, and it has no WAL writer to write an asynchronous commit out later (a killed process would
    // lose it).
    await tx.query(PGLITE_CLAIM_SETTINGS, []);
    const rows = await tx.query<{ r: SqlRow }>(asJsonRows(sql), params);
    return rows.map((row) => row.r);
  }
  // One round trip sets them all, for this transaction only.
  await tx.query(STEP_TRANSACTION_SETTINGS, [], { prepare: true });
  return tx.query(sql, params, { prepare: true });
}
