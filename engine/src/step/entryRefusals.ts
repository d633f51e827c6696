import type { TraceEntry } from '@journeyflow/shared/api/trace';
import { describeEntryRefusal, type EntryRefusal } from '@journeyflow/shared/journey/entryRefusal';
import type { SqlClient } from '../ports/sqlClient';
import type { StepEnv } from './stepEnv';
import type { RefusalRow } from './stepWrites';
import type { LoadedVersion } from './versionCache';

/**
 * Dedupe window. Refusals can be as frequent as events (every `product_viewed` of a customer already in
 * a browse journey is a re-entry refusal), so one row per refusal would grow the trace without bound and
 * turn each ingest batch into a write storm. Identical refusals (same journey, customer and code) within
 * one clock hour are folded into ONE row that keeps the first and last time, the latest params and an
 * attempt count: the trace still answers "why not, and since when", the stats count distinct customers
 * per code, and the write is one set-based upsert per batch (folded in memory first, so no per-event
 * query). An hour matches the entry limit's own hourly granularity.
 */
const WINDOW_MS = 3_600_000;

const windowStartOf = (at: Date) => new Date(Math.floor(at.getTime() / WINDOW_MS) * WINDOW_MS);

/**
 * Notes that `customerId` was not let into `version`'s journey: folded into the batch's writes (written
 * with the batch by `flushRefusals`), and logged at debug level only.
 */
export function recordRefusal(
  env: StepEnv,
  version: LoadedVersion,
  customerId: string,
  refusal: EntryRefusal,
): void {
  const entry = version.compiled.entryNode;
  const windowStart = windowStartOf(env.now);
  const key = `${version.journeyId}|${customerId}|${refusal.code}|${windowStart.getTime()}`;
  const reason = describeEntryRefusal(refusal);
  const seen = env.writes.refusals.get(key);
  if (seen) {
    seen.attempts++;
    seen.params = refusal.params;
    seen.reason = reason;
    seen.lastAt = env.now;
  } else {
    env.writes.refusals.set(key, {
      workspaceId: version.workspaceId,
      journeyId: version.journeyId,
      customerId,
      code: refusal.code,
      windowStart,
      version: version.version,
      nodeId: entry.id,
      nodeType: entry.type,
      params: refusal.params,
      reason,
      attempts: 1,
      firstAt: env.now,
      lastAt: env.now,
    });
  }
  env.ports.logger.debug?.('entry refused', {
    journeyId: version.journeyId,
    customerId,
    code: refusal.code,
    reason,
  });
}

/** Writes a batch's folded refusals with one upsert; a window already stored counts the new attempts. */
export async function flushRefusals(tx: SqlClient, unordered: readonly RefusalRow[]): Promise<void> {
  if (unordered.length === 0) return;
  // One lock order for every writer, so two workers folding into the same windows cannot deadlock.
  const key = (r: RefusalRow) => `${r.journeyId}|${r.customerId}|${r.code}|${r.windowStart.toISOString()}`;
  const rows = [...unordered].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  await tx.query(
    `insert into entry_refusals (workspace_id, journey_id, customer_id, code, window_start, version, node_id, node_type,
       params, reason, attempts, first_at, last_at)
     select workspace_id, journey_id, customer_id, code, window_start, version, node_id, node_type, params::jsonb, reason,
       attempts, first_at, last_at
     from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::int[], $7::text[], $8::text[],
       $9::text[], $10::text[], $11::int[], $12::timestamptz[], $13::timestamptz[])
       as u(workspace_id, journey_id, customer_id, code, window_start, version, node_id, node_type, params, reason,
       attempts, first_at, last_at)
     on conflict (workspace_id, journey_id, customer_id, code, window_start) do update
       set attempts = entry_refusals.attempts + excluded.attempts, last_at = greatest(entry_refusals.last_at, excluded.last_at),
           params = excluded.params, reason = excluded.reason, version = excluded.version`,
    [
      rows.map((r) => r.workspaceId),
      rows.map((r) => r.journeyId),
      rows.map((r) => r.customerId),
      rows.map((r) => r.code),
      rows.map((r) => r.windowStart.toISOString()),
      rows.map((r) => r.version),
      rows.map((r) => r.nodeId),
      rows.map((r) => r.nodeType),
      rows.map((r) => JSON.stringify(r.params)),
      rows.map((r) => r.reason),
      rows.map((r) => r.attempts),
      rows.map((r) => r.firstAt.toISOString()),
      rows.map((r) => r.lastAt.toISOString()),
    ],

    { prepare: true }, // fixed text: prepared, so flushWrites can pipeline it
  );
}

/**
 * A customer's refusals as trace entries (code + params for the web, `attempts` when folded), oldest
 * first; `journeyId` narrows to one journey. Read beside `run_trace` by the trace API and the simulator.
 */
export async function refusalTrace(
  sql: SqlClient,
  filter: {
    readonly workspaceId: string;
    readonly customerId: string;
    readonly journeyId?: string | undefined;
  },
): Promise<TraceEntry[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `select journey_id, version, node_id, node_type, code, params, reason, attempts, first_at from entry_refusals
      where workspace_id = $1 and customer_id = $2 and ($3::text is null or journey_id = $3)
      order by first_at, journey_id, code limit 1000`,
    [filter.workspaceId, filter.customerId, filter.journeyId ?? null],
  );
  return rows.map((r) => ({
    at: new Date(r.first_at as string).toISOString(),
    journeyId: String(r.journey_id),
    version: Number(r.version),
    nodeId: String(r.node_id),
    nodeType: String(r.node_type),
    reason: String(r.reason),
    code: String(r.code),
    params: (r.params ?? {}) as Record<string, unknown>,
    attempts: Number(r.attempts),
  }));
}
