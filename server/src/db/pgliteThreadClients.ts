import type { SqlClient, SqlRow } from '@journeyflow/engine/ports/sqlClient';
import type { PgliteApi, PgliteRequest } from './pgliteThreadProtocol';

/** Sends one request to the PGlite thread and answers its reply (pgliteThreadDatabase.ts). */
export type PgliteCall = (request: DistributiveOmit<PgliteRequest, 'id'>) => Promise<unknown>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * Runs `fn` inside a transaction the worker holds open (a savepoint when `parent` is a `sql` transaction):
 * committed when `fn` resolves, rolled back when it throws, which rethrows `fn`'s error.
 */
const inTransaction = async <T>(
  call: PgliteCall,
  api: PgliteApi,
  parent: number | undefined,
  fn: (tx: number) => Promise<T>,
): Promise<T> => {
  const tx = (await call({ op: 'begin', api, tx: parent })) as number;
  let result: T;
  try {
    result = await fn(tx);
  } catch (error) {
    await call({ op: 'end', tx, commit: false });
    throw error;
  }
  await call({ op: 'end', tx, commit: true });
  return result;
};

/** The engine's SqlClient, run by `createPgliteSqlClient` in the PGlite thread. */
export const threadSqlClient = (call: PgliteCall, tx?: number): SqlClient => ({
  kind: 'pglite',
  query: <T extends SqlRow>(text: string, params?: readonly unknown[], options?: { prepare?: boolean }) =>
    call({
      op: 'query',
      api: 'sql',
      tx,
      text,
      params,
      ...(options?.prepare ? { prepare: true } : {}),
    }) as Promise<T[]>,
  transaction: (fn) => inTransaction(call, 'sql', tx, (inner) => fn(threadSqlClient(call, inner))),
});

type RawQueryOptions = { readonly rowMode?: 'array' | 'object'; readonly parsers?: unknown };

/**
 * What drizzle-orm/pglite uses of a PGlite instance: `query(text, params, { rowMode, parsers })` and
 * `transaction(tx => …)` with `tx.query`. drizzle's parsers are always its own (dates as text), applied in
 * the worker, since functions cannot cross threads.
 */
export type ThreadDrizzleClient = {
  query(text: string, params?: unknown[], options?: RawQueryOptions): Promise<unknown>;
  transaction<T>(fn: (tx: ThreadDrizzleClient) => Promise<T>): Promise<T>;
};

export const threadDrizzleClient = (call: PgliteCall, tx?: number): ThreadDrizzleClient => ({
  query: (text, params, options) =>
    call({
      op: 'query',
      api: 'raw',
      tx,
      text,
      params,
      rowMode: options?.rowMode ?? 'object',
      drizzleParsers: options?.parsers !== undefined,
    }),
  transaction: (fn) => {
    // drizzle nests transactions as savepoints through `query`; PGlite's own transactions do not nest.
    if (tx !== undefined) throw new Error('PGlite transactions do not nest');
    return inTransaction(call, 'raw', undefined, (inner) => fn(threadDrizzleClient(call, inner)));
  },
});
