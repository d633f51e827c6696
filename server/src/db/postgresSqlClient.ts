import type { QueryOptions, SqlClient, SqlRow } from '@journeyflow/engine/ports/sqlClient';
import type { ParameterOrJSON, Sql, TransactionSql } from 'postgres';

type Queryable = Pick<Sql, 'unsafe'> | Pick<TransactionSql, 'unsafe'>;

/** Adapts postgres.js to the engine's SqlClient: `unsafe` for parameterised text, `begin`/`savepoint` for transactions. */
export const createPostgresSqlClient = (sql: Sql): SqlClient => ({
  kind: 'postgres',
  query: (text, params, options) => runQuery(sql, text, params, options),
  transaction: (fn) =>
    sql.begin((tx) => fn(transactionClient(tx))) as Promise<Awaited<ReturnType<typeof fn>>>,
});

const runQuery = async <T extends SqlRow>(
  target: Queryable,
  text: string,
  params: readonly unknown[] | undefined,
  options: QueryOptions | undefined,
): Promise<T[]> => {
  const rows = await target.unsafe(text, (params ?? []) as ParameterOrJSON<never>[], {
    prepare: options?.prepare === true,
  });
  return [...rows] as unknown as T[];
};

const transactionClient = (tx: TransactionSql): SqlClient => ({
  kind: 'postgres',
  query: (text, params, options) => runQuery(tx, text, params, options),
  transaction: (fn) =>
    tx.savepoint((inner) => fn(transactionClient(inner))) as Promise<Awaited<ReturnType<typeof fn>>>,
});
