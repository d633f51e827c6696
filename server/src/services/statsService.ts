import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { JourneyStats, NodeStats } from '@journeyflow/shared/api/stats';
import { createSlowResultCache } from './insight/slowResultCache';
import { clicksByNode } from './links/linkClickStats';
import { rolledUpCounts } from './retention/rolledUpCounts';

/**
 * Time-in-node percentiles scan the journey's whole trace: a large journey's are reused for up to 30 s
 * while its finished visits grew by at most 1 % (they barely move then).
 */
const percentileCache = createSlowResultCache<Map<string, { p50: number; p90: number; p99: number }>>({
  ttlMs: 30_000,
  slowMs: 250,
});

const done = ['left', 'skipped', 'failed', 'completed', 'exited', 'converted'];

/**
 * Per-node counts (SPEC §6) from three grouped queries. Each visit of a node ends with exactly one trace
 * line of a "done" kind (or is still there), so entered = done visits + runs on the node now.
 * Time in node (p50/p90/p99 seconds) comes from a fourth: see `timeInNodePercentiles` (reused briefly
 * when it was slow: measured 2.4 s for 1M trace rows on PostgreSQL here).
 */
export async function journeyStats(
  sql: SqlClient,
  workspaceId: string,
  journeyId: string,
): Promise<JourneyStats> {
  const nodes: Record<string, NodeStats> = {};
  const node = (id: string) => {
    nodes[id] ??= { entered: 0, active: 0, completed: 0, sent: 0, failed: 0, skipped: 0, conversions: 0 };
    return nodes[id];
  };
  // Detail older than the workspace's retention was deleted and folded into daily roll-ups: add them back.
  const rolled = await rolledUpCounts(sql, workspaceId, journeyId);
  const traced = await sql.query<{ node_id: string; kind: string; n: number }>(
    `select node_id, kind, count(*)::int as n from run_trace where workspace_id = $1 and journey_id = $2
       and kind = any($3::text[]) group by node_id, kind`,
    [workspaceId, journeyId, done],
  );
  for (const row of [...traced, ...rolled.trace.filter((r) => done.includes(r.kind))]) {
    const s = node(row.node_id);
    s.entered += Number(row.n);
    if (row.kind !== 'exited' && row.kind !== 'converted') s.completed += Number(row.n);
    if (row.kind === 'converted') s.conversions = (s.conversions ?? 0) + Number(row.n);
  }
  const current = await sql.query<{ current_node: string; status: string; n: number }>(
    `select current_node, status, count(*)::int as n from runs where workspace_id = $1 and journey_id = $2
     group by current_node, status`,
    [workspaceId, journeyId],
  );
  let entered = 0;
  let active = 0;
  let converted = 0;
  for (const row of current) {
    const n = Number(row.n);
    entered += n;
    if (row.status === 'active' || row.status === 'waiting' || row.status === 'paused') {
      active += n;
      const s = node(row.current_node);
      s.active += n;
      s.entered += n;
    }
    if (row.status === 'converted') converted += n;
  }
  const sent = await sql.query<{ node_id: string; status: string; n: number }>(
    `select node_id, status, count(*)::int as n from outbox where workspace_id = $1 and journey_id = $2 and not test
     group by node_id, status`,
    [workspaceId, journeyId],
  );
  for (const row of [...sent, ...rolled.outbox]) {
    const s = node(row.node_id);
    const n = Number(row.n);
    if (row.status === 'failed') s.failed += n;
    else if (row.status === 'skipped') s.skipped += n;
    else s.sent += n;
  }
  for (const [nodeId, clicks] of await clicksByNode(sql, workspaceId, journeyId))
    node(nodeId).clicks = clicks;
  const finishedVisits = traced.reduce((sum, row) => sum + Number(row.n), 0);
  const percentiles = await percentileCache.get(`${workspaceId}:${journeyId}`, finishedVisits, () =>
    timeInNodePercentiles(sql, workspaceId, journeyId),
  );
  for (const [nodeId, timeInNode] of percentiles) {
    node(nodeId).timeInNode = timeInNode;
  }
  return { nodes, entered, active, converted, refused: await refusedCustomers(sql, workspaceId, journeyId) };
}

/** Distinct customers per refusal code (folded rows: one per customer, code and hour; see entry_refusals). */
async function refusedCustomers(sql: SqlClient, workspaceId: string, journeyId: string) {
  const rows = await sql.query<{ code: string; n: number }>(
    `select code, count(distinct customer_id)::int as n from entry_refusals
      where journey_id = $2 and workspace_id = $1 group by code order by code`,
    [workspaceId, journeyId],
  );
  return Object.fromEntries(rows.map((row) => [row.code, Number(row.n)]));
}

/**
 * Seconds customers spent in each node, over finished visits. A visit ends with its node's "done" trace
 * line; it began at the run's previous done line (the step that routed it here), at a migration that
 * moved it here, or — for the first node — when the run entered. Visits still in progress are left out:
 * their time is not known yet (the node's `active` count shows them).
 */
export async function timeInNodePercentiles(
  sql: SqlClient,
  workspaceId: string,
  journeyId: string,
): Promise<Map<string, { p50: number; p90: number; p99: number }>> {
  const rows = await sql.query<{ node_id: string; p: number[] | string }>(
    `with boundaries as (
       select t.node_id, t.kind, t.at, r.entered_at,
              lag(t.at) over (partition by t.run_id order by t.seq, t.at) as began_at
         from run_trace t join runs r on r.id = t.run_id and r.workspace_id = t.workspace_id
        where t.workspace_id = $1 and t.journey_id = $2
          and (t.kind = any($3::text[]) or (t.kind = 'note' and t.node_type = 'migration'))
     )
     select node_id,
            percentile_cont(array[0.5, 0.9, 0.99]) within group (
              order by greatest(0, extract(epoch from at - coalesce(began_at, entered_at)))::float8) as p
       from boundaries where kind = any($3::text[])
      group by node_id`,
    [workspaceId, journeyId, done],
  );
  const out = new Map<string, { p50: number; p90: number; p99: number }>();
  for (const row of rows) {
    const [p50, p90, p99] = parseFloatArray(row.p);
    if (p50 === undefined || p90 === undefined || p99 === undefined) continue;
    out.set(row.node_id, { p50, p90, p99 });
  }
  return out;
}

/** postgres.js answers a float8[] as numbers; PGlite may answer its text form `{1,2.5,3}`. */
function parseFloatArray(value: number[] | string | null): number[] {
  if (value === null) return [];
  if (Array.isArray(value)) return value.map(Number);
  return value.replace(/[{}]/g, '').split(',').filter(Boolean).map(Number);
}
