import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { ExpiringTable } from './purgeExpired';

/**
 * The monthly RANGE-partitioned tables (migration 0018_partition) and their partition column. Each has
 * one partition per UTC month, named `<table>_pYYYY_MM`, and a `<table>_default` for anything else.
 */
export const PARTITION_COLUMNS: Readonly<Record<ExpiringTable, string>> = {
  run_trace: 'at',
  outbox: 'created_at',
  events: 'ts',
};

/** Months ahead of the current one that always have their partition (so rows never land in DEFAULT). */
export const MONTHS_AHEAD = 2;

export type MonthPartition = { readonly name: string; readonly from: Date; readonly to: Date };

const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month, 1));

/**
 * Creates this month's partition and the next MONTHS_AHEAD of every partitioned table, unless they exist
 * (rows of a new month already in DEFAULT move into it). The SQL function takes an advisory lock per table,
 * so several processes may run this at once. Called at start and by every retention run.
 */
export const ensurePartitions = async (sql: SqlClient, now: Date): Promise<void> => {
  for (const table of Object.keys(PARTITION_COLUMNS)) {
    for (let ahead = 0; ahead <= MONTHS_AHEAD; ahead += 1) {
      const month = monthStart(now.getUTCFullYear(), now.getUTCMonth() + ahead);
      await sql.query('select ensure_month_partition($1, $2::timestamptz)', [table, month.toISOString()]);
    }
  }
};

const MONTH_NAME = /_p(\d{4})_(\d{2})$/;

/** The monthly partitions of `table` (DEFAULT excluded), oldest first. */
export const listMonthPartitions = async (
  sql: SqlClient,
  table: ExpiringTable,
): Promise<MonthPartition[]> => {
  const rows = await sql.query<{ name: string }>(
    `select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
      where i.inhparent = $1::regclass order by c.relname`,
    [table],
  );
  const partitions: MonthPartition[] = [];
  for (const { name } of rows) {
    const match = MONTH_NAME.exec(name);
    if (!match || name !== `${table}${match[0]}`) continue;
    const year = Number(match[1]);
    const month = Number(match[2]) - 1;
    partitions.push({ name, from: monthStart(year, month), to: monthStart(year, month + 1) });
  }
  return partitions;
};
