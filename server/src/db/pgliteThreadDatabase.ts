import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { drizzle } from 'drizzle-orm/pglite';
import type { Database, Orm } from './database';
import type { DatabaseTimeouts } from './databaseTimeouts';
import { createInProcessNotifier } from './notifier';
import { type PgliteCall, threadDrizzleClient, threadSqlClient } from './pgliteThreadClients';
import {
  deserializeError,
  type PgliteReply,
  type PgliteRequest,
  type PgliteWorkerData,
} from './pgliteThreadProtocol';
import * as schema from './schema/index';

/**
 * The worker's entry: loads pgliteWorker.ts through tsx's API (the server runs under tsx). On Node 20 a
 * `.ts` entry does not load in a worker even with `execArgv: ['--import', 'tsx']`; `tsImport` does, the same
 * under tsx, vitest and plain node. tsx's `esm/api` for `import` is the `.mjs` beside the `.cjs` `require`
 * resolves to (package.json exports).
 */
const workerSource = `import(${JSON.stringify(
  pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href,
)}).then(({ tsImport }) => tsImport(${JSON.stringify(
  new URL('./pgliteWorker.ts', import.meta.url).href,
)}, ${JSON.stringify(import.meta.url)}))`;

type Pending = { resolve(value: unknown): void; reject(error: unknown): void };

/**
 * PGlite in a worker thread (pgliteWorker.ts, loaded through tsx like the rest of the server): PGlite runs
 * each statement synchronously on the thread that owns it, ≈ 1–12 ms per statement while clicks and events
 * are stored, and every HTTP request arriving meanwhile waited for it. Here that thread is not the one
 * serving requests; the main thread only sends statements and receives rows (structured clone: Date,
 * objects, arrays, bigint and bytes arrive as they left). The worker migrates, sets the parameters and runs
 * the analyzer and checkpoints as openDatabase does in process.
 */
export const openPgliteThread = async (options: {
  readonly dataDir: string | undefined;
  readonly dump: Blob | undefined;
  readonly timeouts: DatabaseTimeouts;
  readonly onMaintenanceError: (error: unknown) => void;
}): Promise<Database> => {
  const dump = options.dump ? await options.dump.arrayBuffer() : undefined;
  const data: PgliteWorkerData = { dataDir: options.dataDir, dump, timeouts: options.timeouts };
  const worker = new Worker(workerSource, { eval: true, workerData: data, transferList: dump ? [dump] : [] });
  const pending = new Map<number, Pending>();
  let lastId = 0;
  let failure: Error | undefined;
  const settle = (id: number, settleWith: (entry: Pending) => void) => {
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    // Only waiting calls keep the process alive, as a socket would.
    if (pending.size === 0) worker.unref();
    settleWith(entry);
  };
  const call: PgliteCall = (request) => {
    if (failure) return Promise.reject(failure);
    const id = ++lastId;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      if (pending.size === 1) worker.ref();
      worker.postMessage({ ...request, id } as PgliteRequest);
    });
  };
  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: PgliteReply) => {
      if (message.kind === 'reply') {
        if ('error' in message) settle(message.id, (p) => p.reject(deserializeError(message.error)));
        else settle(message.id, (p) => p.resolve(message.value));
      } else if (message.kind === 'ready') resolve();
      else if (message.kind === 'failed') reject(deserializeError(message.error));
      else options.onMaintenanceError(deserializeError(message.error));
    });
    const stopped = (error: Error) => {
      failure = error;
      reject(error);
      for (const id of [...pending.keys()]) settle(id, (p) => p.reject(error));
    };
    worker.on('error', stopped);
    worker.on('exit', (code) => stopped(new Error(`the PGlite thread exited (code ${code})`)));
  });
  try {
    await ready;
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  worker.unref();
  let closed = false;
  return {
    kind: 'pglite',
    orm: drizzle({ client: threadDrizzleClient(call) as never, schema }) as unknown as Orm,
    sql: threadSqlClient(call),
    notifier: createInProcessNotifier(),
    async close() {
      if (closed) return;
      closed = true;
      try {
        await call({ op: 'close' });
      } finally {
        await worker.terminate();
      }
    },
  };
};
