import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './database';

/**
 * Inserts one row and answers it as stored (defaults filled in). An insert without conflict handling
 * answers its row or throws, so an empty answer is a bug in the statement, not something to recover from.
 */
export const insertOne = async <Table extends PgTable>(
  exec: Executor,
  table: Table,
  values: PgInsertValue<Table>,
): Promise<Table['$inferSelect']> => {
  const [row] = await exec.insert(table).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
};
