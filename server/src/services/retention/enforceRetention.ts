import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { resolveRetention } from '@journeyflow/shared/api/retention';
import { type ExpiringTable, purgeExpired } from './purgeExpired';

export type RetentionOptions = {
  /** Rows per delete statement (one short transaction each). */
  readonly batchSize?: number;
  /** Batches per table and workspace per run; the rest waits for the next run. */
  readonly maxBatches?: number;
};

export type RetentionResult = Record<ExpiringTable, number>;

const monthsBefore = (now: Date, months: number): Date => {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
};

/**
 * One pass of the retention job: for every workspace, deletes trace lines, messages and events older
 * than its retention (`workspaces.retention`, defaults 180 days / 13 months / 25 months) in bounded
 * batches, folding each deleted row into `daily_rollups` first (see purgeExpired).
 */
export const enforceRetention = async (
  sql: SqlClient,
  now: Date,
  options: RetentionOptions = {},
): Promise<RetentionResult> => {
  const batches = { batchSize: options.batchSize ?? 5_000, maxBatches: options.maxBatches ?? 20 };
  const result: RetentionResult = { run_trace: 0, outbox: 0, events: 0 };
  // Workspaces are a small reference table; one page of ids is fine to hold.
  const workspaces = await sql.query<{ id: string; retention: unknown }>(
    'select id, retention from workspaces order by id',
  );
  for (const workspace of workspaces) {
    const retention = resolveRetention(
      typeof workspace.retention === 'string' ? JSON.parse(workspace.retention) : workspace.retention,
    );
    const cutoffs: Record<ExpiringTable, Date> = {
      run_trace: new Date(now.getTime() - retention.traceDays * 86_400_000),
      outbox: monthsBefore(now, retention.messageMonths),
      events: monthsBefore(now, retention.eventMonths),
    };
    for (const table of Object.keys(cutoffs) as ExpiringTable[]) {
      result[table] += await purgeExpired(sql, table, workspace.id, cutoffs[table], batches);
    }
  }
  return result;
};
