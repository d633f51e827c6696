import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { resolveRetention } from '@journeyflow/shared/api/retention';
import { dropExpiredPartitions } from './dropExpiredPartitions';
import { ensurePartitions } from './monthPartitions';
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
 * One pass of the retention job. First the partitions: this month's and the next ones are created, and a
 * whole month expired for EVERY workspace is rolled up into `daily_rollups` and dropped (cheap, no
 * per-row delete). Then, for every workspace, trace lines, messages and events older than its own
 * retention (`workspaces.retention`, defaults 180 days / 13 months / 25 months) that are still there
 * (a workspace keeping less than others, or rows in DEFAULT) are deleted in bounded batches, each batch
 * folded into `daily_rollups` (see purgeExpired). Answers how many rows left each table.
 */
export const enforceRetention = async (
  sql: SqlClient,
  now: Date,
  options: RetentionOptions = {},
): Promise<RetentionResult> => {
  const batches = { batchSize: options.batchSize ?? 5_000, maxBatches: options.maxBatches ?? 20 };
  const result: RetentionResult = { run_trace: 0, outbox: 0, events: 0 };
  await ensurePartitions(sql, now);
  // Workspaces are a small reference table; one page of ids is fine to hold.
  const workspaces = await sql.query<{ id: string; retention: unknown }>(
    'select id, retention from workspaces order by id',
  );
  const perWorkspace = workspaces.map((workspace) => {
    const retention = resolveRetention(
      typeof workspace.retention === 'string' ? JSON.parse(workspace.retention) : workspace.retention,
    );
    const cutoffs: Record<ExpiringTable, Date> = {
      run_trace: new Date(now.getTime() - retention.traceDays * 86_400_000),
      outbox: monthsBefore(now, retention.messageMonths),
      events: monthsBefore(now, retention.eventMonths),
    };
    return { id: workspace.id, cutoffs };
  });
  if (perWorkspace.length > 0) {
    for (const table of Object.keys(result) as ExpiringTable[]) {
      const oldest = Math.min(...perWorkspace.map((w) => w.cutoffs[table].getTime()));
      result[table] += await dropExpiredPartitions(sql, table, new Date(oldest));
    }
  }
  for (const { id, cutoffs } of perWorkspace) {
    for (const table of Object.keys(cutoffs) as ExpiringTable[]) {
      result[table] += await purgeExpired(sql, table, id, cutoffs[table], batches);
    }
  }
  return result;
};
