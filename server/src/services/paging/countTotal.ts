import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { EXACT_TOTAL_LIMIT } from '@journeyflow/shared/api/paging';

/** The planner's row estimate for `select 1 from … where …` (EXPLAIN's JSON, as text or parsed). */
const plannedRows = async (sql: SqlClient, fromWhere: string, params: readonly unknown[]) => {
  const [row] = await sql.query<Record<string, unknown>>(`explain (format json) select 1 from ${fromWhere}`, [
    ...params,
  ]);
  const raw = row ? Object.values(row)[0] : undefined;
  const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [{ Plan?: { 'Plan Rows'?: number } }];
  return Math.round(Number(plan?.[0]?.Plan?.['Plan Rows'] ?? 0));
};

/**
 * How many rows `from … where …` matches: counted exactly up to `EXACT_TOTAL_LIMIT` (the count stops
 * there, so a million-row list costs no more than a ten-thousand-row one), estimated above it.
 */
export const countTotal = async (
  sql: SqlClient,
  fromWhere: string,
  params: readonly unknown[],
): Promise<{ total: number; totalExact: boolean }> => {
  const [row] = await sql.query<{ n: number | string }>(
    `select count(*)::int as n from (select 1 from ${fromWhere} limit ${EXACT_TOTAL_LIMIT + 1}) t`,
    [...params],
  );
  const counted = Number(row?.n ?? 0);
  if (counted <= EXACT_TOTAL_LIMIT) return { total: counted, totalExact: true };
  const estimate = await plannedRows(sql, fromWhere, params);
  return { total: Math.max(estimate, EXACT_TOTAL_LIMIT + 1), totalExact: false };
};
