import type { DatabaseTimeouts } from './databaseTimeouts';

/**
 * The messages between the main thread and the thread that owns PGlite (pgliteWorker.ts). Two APIs cross:
 * `sql`, the engine's SqlClient (pgliteSqlClient.ts, prepared statements and savepoints included), and
 * `raw`, PGlite's own `query`/`transaction` for drizzle. A transaction stays open in the worker under an id
 * until the main thread ends it, so its statements can come one message at a time.
 */
export type PgliteWorkerData = {
  readonly dataDir: string | undefined;
  /** An in-memory PGlite's starting data directory (a dumped tarball). */
  readonly dump: ArrayBuffer | undefined;
  readonly timeouts: DatabaseTimeouts;
};

export type PgliteApi = 'sql' | 'raw';

export type PgliteRequest =
  | {
      readonly op: 'query';
      readonly id: number;
      readonly api: PgliteApi;
      /** The open transaction it belongs to; unset → on its own (waiting for any open transaction). */
      readonly tx: number | undefined;
      readonly text: string;
      readonly params: readonly unknown[] | undefined;
      /** `sql`: keep it as a named prepared statement. */
      readonly prepare?: boolean;
      /** `raw`: rows as arrays (drizzle's selects) or objects. */
      readonly rowMode?: 'array' | 'object';
      /** `raw`: drizzle's parsers (dates, timestamps and intervals left as text). */
      readonly drizzleParsers?: boolean;
    }
  /** Opens a transaction (or, `sql` with `tx`, a savepoint in that one); answers its id. */
  | { readonly op: 'begin'; readonly id: number; readonly api: PgliteApi; readonly tx: number | undefined }
  | { readonly op: 'end'; readonly id: number; readonly tx: number; readonly commit: boolean }
  | { readonly op: 'close'; readonly id: number };

export type SerializedError = {
  readonly name: string;
  readonly message: string;
  readonly stack: string | undefined;
  /** Own fields with plain values: a database error's `code`, `detail`, `constraint`, `table`, … */
  readonly fields: Record<string, string | number | boolean>;
};

export type PgliteReply =
  | { readonly kind: 'reply'; readonly id: number; readonly value: unknown }
  | { readonly kind: 'reply'; readonly id: number; readonly error: SerializedError }
  | { readonly kind: 'ready' }
  | { readonly kind: 'failed'; readonly error: SerializedError }
  /** The background analyzer or checkpoint failed (openDatabase's `onMaintenanceError`). */
  | { readonly kind: 'maintenanceError'; readonly error: SerializedError };

export const serializeError = (error: unknown): SerializedError => {
  if (!(error instanceof Error))
    return { name: 'Error', message: String(error), stack: undefined, fields: {} };
  const fields: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(error))
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      fields[key] = value;
  return { name: error.name, message: error.message, stack: error.stack, fields };
};

/** The error again, with its fields, so callers that check `code` (23505 …) see what PGlite threw. */
export const deserializeError = (serialized: SerializedError): Error => {
  const error = new Error(serialized.message);
  Object.assign(error, serialized.fields);
  error.name = serialized.name;
  if (serialized.stack) error.stack = serialized.stack;
  return error;
};
