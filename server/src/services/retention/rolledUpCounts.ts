import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';

/**
 * A journey's counts of detail the retention job already deleted, shaped like the live queries' rows
 * so stats add them in the same loop: trace lines by (node, kind), messages by (node, status).
 */
export const rolledUpCounts = async (
  sql: SqlClient,
  workspaceId: string,
  journeyId: string,
): Promise<{
  readonly trace: { node_id: string; kind: string; n: number }[];
  readonly outbox: { node_id: string; status: string; n: number }[];
}> => {
  const rows = await sql.query<{ node_id: string; metric: string; n: number | string }>(
    `select node_id, metric, sum(count)::bigint as n from daily_rollups
      where workspace_id = $1 and journey_id = $2 group by node_id, metric`,
    [workspaceId, journeyId],
  );
  const trace: { node_id: string; kind: string; n: number }[] = [];
  const outbox: { node_id: string; status: string; n: number }[] = [];
  for (const row of rows) {
    const n = Number(row.n);
    if (row.metric.startsWith('trace:')) trace.push({ node_id: row.node_id, kind: row.metric.slice(6), n });
    else if (row.metric.startsWith('outbox:'))
      outbox.push({ node_id: row.node_id, status: row.metric.slice(7), n });
  }
  return { trace, outbox };
};
