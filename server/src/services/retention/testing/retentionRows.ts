import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { journeyStats } from '../../statsService';

/**
 * Writes trace lines and messages of journey `jny_1` (customer `cus_1`, node `sms`) for the retention
 * tests; rows are numbered in the order written, trace lines and messages alike.
 */
export const retentionRows = (sql: SqlClient) => {
  let seq = 0;
  return {
    trace: async (ws: string, node: string, kind: string, at: string) => {
      seq += 1;
      await sql.query(
        `insert into run_trace (id, run_id, workspace_id, customer_id, journey_id, version, node_id, node_type, reason,
                                kind, seq, at)
         values ($1, 'run_1', $2, 'cus_1', 'jny_1', 1, $3, 'message.sms', 'r', $4, $5, $6::timestamptz)`,
        [`trc_${seq}`, ws, node, kind, seq, at],
      );
    },
    message: async (ws: string, status: string, createdAt: string, test = false) => {
      seq += 1;
      await sql.query(
        `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
                             customer_id, external_id, channel, purpose, status, content, rendered, test, created_at)
         values ($1, $2, 'jny_1', 1, 'run_1', 'sms', $3, $1, 'cus_1', 'c-1', 'sms', 'info', $4, '{}'::jsonb,
                 '{}'::jsonb, $5, $6::timestamptz)`,
        [`out_${seq}`, ws, seq, status, test, createdAt],
      );
    },
  };
};

/** Journey `jny_1`'s per-node counts (time in node needs the detail and is left out of the comparison). */
export const nodeCounts = async (sql: SqlClient, ws: string) => {
  const stats = await journeyStats(sql, ws, 'jny_1');
  return Object.fromEntries(
    Object.entries(stats.nodes).map(([id, { timeInNode: _omitted, ...rest }]) => [id, rest]),
  );
};
