import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { SqlClient, SqlRow } from '@journeyflow/engine/ports/sqlClient';

type PgliteQueryable = Pick<PGlite | Transaction, 'query'>;

/**
 * Adapts PGlite to the engine's SqlClient. PGlite has one connection guarded by a mutex, so a nested
 * `transaction` inside a transaction becomes a savepoint on the same handle instead of a second lock.
 */
export const createPgliteSqlClient = (pg: PGlite): SqlClient => ({
  kind: 'pglite',
  query: (text, params) => runQuery(pg, text, params),
  transaction: (fn) => pg.transaction((tx) => fn(transactionClient(tx))),
});

const runQuery = async <T extends SqlRow>(
  target: PgliteQueryable,
  text: string,
  params: readonly unknown[] | undefined,
): Promise<T[]> => {
  const result = await target.query<T>(text, params ? [...params] : undefined);
  return result.rows;
};

let savepointCounter = 0;

const transactionClient = (tx: Transaction): SqlClient => ({
  kind: 'pglite',
  query: (text, params) => runQuery(tx, text, params),
  async transaction(fn) {
    savepointCounter += 1;
    const name = `jf_sp_${savepointCounter}`;
    await tx.query(`SAVEPOINT ${name}`);
    try {
      const result = await fn(transactionClient(tx));
      await tx.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (error) {
      await tx.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw error;
    }
  },
});
