import { type PGlite, type Transaction, types } from '@electric-sql/pglite';
import type { QueryOptions, SqlClient, SqlRow } from '@journeyflow/engine/ports/sqlClient';
import { createPglitePreparedStatements } from './pglitePreparedStatements';

type PgliteQueryable = Pick<PGlite | Transaction, 'query'>;

/**
 * Adapts PGlite to the engine's SqlClient. PGlite has one connection guarded by a mutex, so a nested
 * `transaction` inside a transaction becomes a savepoint on the same handle instead of a second lock.
 */
export const createPgliteSqlClient = (pg: PGlite): SqlClient => ({
  kind: 'pglite',
  query: (text, params, options) => runQuery(pg, pg, text, params, options, false),
  transaction: (fn) => pg.transaction((tx) => fn(transactionClient(pg, tx))),
});

/** Below this many UTF-16 units a string parameter is cheaper to send as PGlite encodes it. */
const BYTES_FROM_CHARS = 256;

/**
 * Text and json parameters of some length travel as UTF-8 bytes in the binary format (for text and json
 * their binary form is those same bytes, so the server receives identical values). PGlite's own path
 * measures a string's UTF-8 length in a JavaScript loop over every character, twice, before encoding it;
 * for the engine's one-json-parameter batch writes (flushWrites) that loop was the largest single cost
 * outside the WASM (≈ 8 % of a step's CPU). Buffer.from encodes natively in one pass.
 */
const longTextAsBytes: types.Serializer = (value) =>
  typeof value === 'string' && value.length >= BYTES_FROM_CHARS
    ? (Buffer.from(value, 'utf8') as unknown as string)
    : types.types.string.serialize(value);

const longJsonAsBytes: types.Serializer = (value) =>
  typeof value === 'string' && value.length >= BYTES_FROM_CHARS
    ? (Buffer.from(value, 'utf8') as unknown as string)
    : types.types.json.serialize(value);

/** Per-query serializers by parameter type oid (PGlite's own for every other type). */
export const pgliteParameterSerializers = {
  [types.TEXT]: longTextAsBytes,
  [types.VARCHAR]: longTextAsBytes,
  [types.JSON]: longJsonAsBytes,
} as const;

const queryOptions = { serializers: pgliteParameterSerializers };

/**
 * PGlite runs each statement synchronously on this thread, and a chain of awaited statements (a
 * transaction) continues in microtasks without ever letting the event loop turn. Each statement therefore
 * waits one turn first: requests that arrived meanwhile (a short-link redirect answered from memory) are
 * answered between two statements instead of after the whole chain, so what holds the loop is one
 * statement at most.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** One set of named statements per database, however many clients adapt it. */
const preparedByDatabase = new WeakMap<PGlite, ReturnType<typeof createPglitePreparedStatements>>();

const preparedStatements = (pg: PGlite) => {
  let prepared = preparedByDatabase.get(pg);
  if (!prepared) {
    prepared = createPglitePreparedStatements(pg, pgliteParameterSerializers);
    preparedByDatabase.set(pg, prepared);
  }
  return prepared;
};

const runQuery = async <T extends SqlRow>(
  pg: PGlite,
  target: PgliteQueryable,
  text: string,
  params: readonly unknown[] | undefined,
  options: QueryOptions | undefined,
  inTransaction: boolean,
): Promise<T[]> => {
  await nextTurn();
  if (options?.prepare) {
    // The locks PGlite.query takes: outside a transaction, wait for any open one to end first.
    const run = () =>
      pg._runExclusiveQuery(() => preparedStatements(pg)<T>(text, params ?? [], !inTransaction));
    return inTransaction ? run() : pg._runExclusiveTransaction(run);
  }
  const result = await target.query<T>(text, params ? [...params] : undefined, queryOptions);
  return result.rows;
};

let savepointCounter = 0;

const transactionClient = (pg: PGlite, tx: Transaction): SqlClient => ({
  kind: 'pglite',
  query: (text, params, options) => runQuery(pg, tx, text, params, options, true),
  async transaction(fn) {
    savepointCounter += 1;
    const name = `jf_sp_${savepointCounter}`;
    await tx.query(`SAVEPOINT ${name}`);
    try {
      const result = await fn(transactionClient(pg, tx));
      await tx.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (error) {
      await tx.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw error;
    }
  },
});
