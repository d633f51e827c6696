import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { Database, Orm } from './database';
import {
  type DatabaseTimeouts,
  DEFAULT_DATABASE_TIMEOUTS,
  NO_DATABASE_TIMEOUTS,
  timeoutParameters,
} from './databaseTimeouts';
import { migrationsFolder } from './migrationsFolder';
import { createInProcessNotifier, createPostgresNotifier } from './notifier';
import { startPgliteAnalyzer } from './pgliteAnalyzer';
import { createPglite, setUpPglite } from './pgliteSetup';
import { createPgliteSqlClient } from './pgliteSqlClient';
import { openPgliteThread } from './pgliteThreadDatabase';
import { createPostgresSqlClient } from './postgresSqlClient';
import * as schema from './schema/index';

export type DatabaseConfig = {
  /** Set → PostgreSQL; unset → PGlite. */
  readonly databaseUrl?: string | undefined;
  /** PGlite's directory is `<dataDir>/pglite`; unset → an in-memory PGlite (tests). */
  readonly dataDir?: string | undefined;
  /** In-memory PGlite only: starts from this dumped data directory (a migrated snapshot) instead of an empty one. */
  readonly pgliteDataDirDump?: Blob | undefined;
  /** Connections in the postgres.js pool used by drizzle (the raw SQL client gets its own pool). */
  readonly maxConnections?: number;
  /** `statement_timeout` / `idle_in_transaction_session_timeout` of every connection; default 30 s / 60 s. */
  readonly timeouts?: DatabaseTimeouts | undefined;
  /** PGlite: a failed background analyze (pgliteAnalyzer); default: printed to stderr. */
  readonly onMaintenanceError?: (error: unknown) => void;
  /**
   * PGlite: run it in a worker thread (pgliteThreadDatabase.ts), so its statements never hold the thread
   * that answers requests; the server does on its data directory. Unset → in this thread (tests: faster).
   */
  readonly pgliteThread?: boolean;
};

export { migrationsFolder };

/** Advisory-lock key so two processes starting together don't run migrations at the same time. */
const MIGRATION_LOCK_KEY = 4_201_337;

/**
 * Opens PGlite or PostgreSQL and applies the committed drizzle migrations before returning,
 * so callers always see the current schema.
 */
export const openDatabase = async (config: DatabaseConfig): Promise<Database> => {
  const timeouts = config.timeouts ?? DEFAULT_DATABASE_TIMEOUTS;
  if (config.databaseUrl) return openPostgres(config.databaseUrl, config.maxConnections ?? 10, timeouts);
  const onMaintenanceError = config.onMaintenanceError ?? printMaintenanceError;
  return config.pgliteThread
    ? openPgliteThread({
        dataDir: config.dataDir,
        dump: config.pgliteDataDirDump,
        timeouts,
        onMaintenanceError,
      })
    : openPglite(config.dataDir, config.pgliteDataDirDump, timeouts, onMaintenanceError);
};

const printMaintenanceError = (error: unknown) =>
  console.error('journeyflow: PGlite statistics not updated', error);

const openPglite = async (
  dataDir: string | undefined,
  dump: Blob | undefined,
  timeouts: DatabaseTimeouts,
  onMaintenanceError: (error: unknown) => void,
): Promise<Database> => {
  const pg: PGlite = await createPglite(dataDir, dump);
  try {
    await setUpPglite(pg, timeouts);
    const orm = drizzlePglite({ client: pg, schema });
    const analyzer = startPgliteAnalyzer(pg, onMaintenanceError);
    let closed = false;
    return {
      kind: 'pglite',
      orm: orm as unknown as Orm,
      sql: createPgliteSqlClient(pg),
      notifier: createInProcessNotifier(),
      async close() {
        if (closed) return;
        closed = true;
        await analyzer.stop();
        await pg.close();
      },
    };
  } catch (error) {
    await pg.close();
    throw error;
  }
};

const quietNotices = { onnotice: () => {} } as const;

/**
 * Applies the migrations on connections of their own without time limits, holding an advisory lock so two
 * processes starting together don't run them at the same time.
 */
const migratePostgresDatabase = async (url: string): Promise<void> => {
  const client = postgres(url, {
    ...quietNotices,
    max: 2,
    connection: timeoutParameters(NO_DATABASE_TIMEOUTS),
  });
  try {
    await client.begin(async (tx) => {
      await tx.unsafe(`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
      await migratePostgres(drizzlePostgres({ client, schema }), { migrationsFolder });
    });
  } finally {
    await client.end({ timeout: 5 });
  }
};

const openPostgres = async (
  url: string,
  maxConnections: number,
  timeouts: DatabaseTimeouts,
): Promise<Database> => {
  await migratePostgresDatabase(url);
  // JIT off: the app's statements are short OLTP queries; a misestimated cost (stale statistics right after
  // a bulk load) otherwise spends ~250 ms compiling a claim that runs in 2 ms.
  const connection = { ...timeoutParameters(timeouts), jit: 'off' };
  // drizzle rewires its client's date and json (de)serializers, so the engine's raw SQL gets a pool of
  // its own where parameters and results keep their natural JS types (Date, objects, numbers).
  const ormClient = postgres(url, { ...quietNotices, max: maxConnections, connection });
  const rawClient = postgres(url, {
    ...quietNotices,
    max: maxConnections,
    connection,
    types: {
      // count(*) and bigint ids come back as numbers, as on PGlite.
      int8: {
        to: 20,
        from: [20],
        serialize: (value: number) => String(value),
        parse: (value: string) => Number(value),
      },
    },
  });
  const close = async () => {
    await Promise.all([ormClient.end({ timeout: 5 }), rawClient.end({ timeout: 5 })]);
  };
  try {
    const orm = drizzlePostgres({ client: ormClient, schema });
    let closed = false;
    return {
      kind: 'postgres',
      orm: orm as unknown as Orm,
      sql: createPostgresSqlClient(rawClient),
      notifier: createPostgresNotifier(rawClient),
      async close() {
        if (closed) return;
        closed = true;
        await close();
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
};
