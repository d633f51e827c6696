import { type PGlite, type Transaction, types } from '@electric-sql/pglite';
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

const runQuery = async <T extends SqlRow>(
  target: PgliteQueryable,
  text: string,
  params: readonly unknown[] | undefined,
): Promise<T[]> => {
  await nextTurn();
  const result = await target.query<T>(text, params ? [...params] : undefined, queryOptions);
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
