/**
 * The thread that owns PGlite when the database is opened with `pgliteThread` (pgliteThreadDatabase.ts):
 * it opens, migrates and maintains PGlite exactly as openDatabase does in process, and runs the statements
 * the main thread sends, so the WASM never holds the thread that answers HTTP requests.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type PGlite, type Transaction, types } from '@electric-sql/pglite';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { startPgliteAnalyzer } from './pgliteAnalyzer';
import { createPglite, setUpPglite } from './pgliteSetup';
import { createPgliteSqlClient } from './pgliteSqlClient';
import {
  type PgliteReply,
  type PgliteRequest,
  type PgliteWorkerData,
  serializeError,
} from './pgliteThreadProtocol';

const port = parentPort;
if (!port) throw new Error('pgliteWorker.ts runs as a worker thread');
const post = (message: PgliteReply) => port.postMessage(message);
const reply = (id: number, value: unknown) => post({ kind: 'reply', id, value });
const fail = (id: number, error: unknown) => post({ kind: 'reply', id, error: serializeError(error) });

const identity = (value: unknown) => value;
/**
 * drizzle-orm/pglite's parsers (functions do not cross threads): these types stay as PostgreSQL's text, as in
 * its session — the four scalar types and the arrays numeric[] 1231, timestamp[] 1115, timestamptz[] 1185,
 * interval[] 1187 and date[] 1182.
 */
const drizzleParsers = Object.fromEntries(
  [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182].map(
    (oid) => [oid, identity],
  ),
);

type OpenTransaction =
  | { readonly api: 'sql'; readonly client: SqlClient; end(id: number, commit: boolean): void }
  | { readonly api: 'raw'; readonly client: Transaction; end(id: number, commit: boolean): void };

/** Thrown inside a transaction the main thread rolls back, so PGlite rolls it back; not an error. */
const rollbackSignal = Symbol('rollback');

const serve = (pg: PGlite, sql: SqlClient, stop: () => Promise<void>) => {
  const transactions = new Map<number, OpenTransaction>();
  let lastTransaction = 0;

  const query = (request: Extract<PgliteRequest, { op: 'query' }>): Promise<unknown> => {
    const open = request.tx === undefined ? undefined : transactions.get(request.tx);
    if (request.tx !== undefined && !open) throw new Error(`transaction ${request.tx} is not open`);
    if (request.api === 'sql') {
      const client = open ? (open.client as SqlClient) : sql;
      return client.query(request.text, request.params, { prepare: request.prepare ?? false });
    }
    const target = open ? (open.client as Transaction) : pg;
    return target
      .query(request.text, request.params ? [...request.params] : undefined, {
        rowMode: request.rowMode ?? 'object',
        ...(request.drizzleParsers ? { parsers: drizzleParsers } : {}),
      })
      .then(({ rows, affectedRows, fields }) => ({ rows, affectedRows, fields }));
  };

  const begin = (request: Extract<PgliteRequest, { op: 'begin' }>) => {
    const txId = ++lastTransaction;
    let decide: (commit: boolean) => void = () => {};
    const decided = new Promise<boolean>((resolve) => {
      decide = resolve;
    });
    let endId: number | undefined;
    const end = (id: number, commit: boolean) => {
      endId = id;
      decide(commit);
    };
    const body = async (client: SqlClient | Transaction) => {
      transactions.set(txId, { api: request.api, client, end } as OpenTransaction);
      reply(request.id, txId);
      if (!(await decided)) throw rollbackSignal;
    };
    let opened: Promise<unknown>;
    if (request.api === 'raw') opened = pg.transaction(body);
    else if (request.tx === undefined) opened = sql.transaction(body);
    else {
      const parent = transactions.get(request.tx);
      if (parent?.api !== 'sql') throw new Error(`transaction ${request.tx} is not open`);
      opened = parent.client.transaction(body);
    }
    opened.then(
      () => {
        transactions.delete(txId);
        if (endId !== undefined) reply(endId, undefined);
      },
      (error: unknown) => {
        const wasOpen = transactions.delete(txId);
        if (!wasOpen) fail(request.id, error);
        else if (endId !== undefined) error === rollbackSignal ? reply(endId, undefined) : fail(endId, error);
      },
    );
  };

  port.on('message', (request: PgliteRequest) => {
    try {
      switch (request.op) {
        case 'query':
          query(request).then(
            (value) => reply(request.id, value),
            (error: unknown) => fail(request.id, error),
          );
          return;
        case 'begin':
          begin(request);
          return;
        case 'end': {
          const open = transactions.get(request.tx);
          if (!open) throw new Error(`transaction ${request.tx} is not open`);
          open.end(request.id, request.commit);
          return;
        }
        case 'close':
          stop().then(
            () => {
              reply(request.id, undefined);
              port.close();
            },
            (error: unknown) => fail(request.id, error),
          );
          return;
      }
    } catch (error) {
      fail(request.id, error);
    }
  });
};

const start = async ({ dataDir, dump, timeouts }: PgliteWorkerData) => {
  const pg = await createPglite(dataDir, dump ? new Blob([dump]) : undefined);
  try {
    await setUpPglite(pg, timeouts);
  } catch (error) {
    await pg.close();
    throw error;
  }
  const analyzer = startPgliteAnalyzer(pg, (error) =>
    post({ kind: 'maintenanceError', error: serializeError(error) }),
  );
  serve(pg, createPgliteSqlClient(pg), async () => {
    await analyzer.stop();
    await pg.close();
  });
  post({ kind: 'ready' });
};

start(workerData as PgliteWorkerData).catch((error: unknown) =>
  post({ kind: 'failed', error: serializeError(error) }),
);
