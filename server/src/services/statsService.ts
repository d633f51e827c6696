import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { JourneyStats, NodeStats } from '@journeyflow/shared/api/stats';

const done = ['left', 'skipped', 'failed', 'completed', 'exited', 'converted'];

/**
 * Per-node counts (SPEC §6) from three grouped queries. Each visit of a node ends with exactly one trace
 * line of a "done" kind (or is still there), so entered = done visits + runs on the node now.
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
  const traced = await sql.query<{ node_id: string; kind: string; n: number }>(
    `select node_id, kind, count(*)::int as n from run_trace where workspace_id = $1 and journey_id = $2
       and kind = any($3::text[]) group by node_id, kind`,
    [workspaceId, journeyId, done],
  );
  for (const row of traced) {
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
    `select node_id, status, count(*)::int as n from outbox where workspace_id = $1 and journey_id = $2
     group by node_id, status`,
    [workspaceId, journeyId],
  );
  for (const row of sent) {
    const s = node(row.node_id);
    const n = Number(row.n);
    if (row.status === 'failed') s.failed += n;
    else if (row.status === 'skipped') s.skipped += n;
    else s.sent += n;
  }
  return { nodes, entered, active, converted };
}
