import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { Database, DatabaseKind } from './database';
import type { DatabaseTimeouts } from './databaseTimeouts';
import { startEmbeddedPostgres } from './embeddedPostgresServer';
import { migratedPgliteSnapshot, migratedPostgresTemplate } from './migratedSnapshots';
import { openDatabase } from './openDatabase';

/** Every DB test runs against both engines: `describe.each(databaseKinds)('%s', (kind) => …)`. */
export const databaseKinds: readonly DatabaseKind[] = ['pglite', 'postgres'];

export type TestDatabase = Database & {
  /** For PostgreSQL, the throw-away database's name (`jf_test_…`). */
  readonly name: string | undefined;
  /** Connection string of the throw-away PostgreSQL database (for child processes such as workers). */
  readonly url: string | undefined;
  /** The server the throw-away database lives on. */
  readonly source: 'memory' | 'env' | 'local' | 'embedded';
  /** Closes the connections and drops the throw-away database. */
  dispose(): Promise<void>;
};

export type TestDatabaseOptions = {
  /**
   * Where PostgreSQL comes from: `auto` tries TEST_DATABASE_URL, then 127.0.0.1:5432 (user postgres),
   * then an embedded server; `embedded` goes straight to the embedded server.
   * JOURNEYFLOW_TEST_PG=embedded forces the same for a whole run.
   */
  readonly server?: 'auto' | 'embedded';
  /** Per-connection time limits; unset → the production defaults. Benches loading millions of rows lift them. */
  readonly timeouts?: DatabaseTimeouts;
  /** PGlite in a worker thread, as the server runs it (benches); unset → in this thread. */
  readonly pgliteThread?: boolean;
};

export const LOCAL_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * A fresh, migrated database for one test file or suite: in-memory PGlite, or a new `jf_test_<random>`
 * database on PostgreSQL, dropped on dispose. Both start as copies of a database migrated once per set of
 * migrations (migratedSnapshots.ts), which is what running the migrations again would produce. It never
 * skips: when no PostgreSQL can be found or started, it throws.
 */
export const openTestDatabase = async (
  kind: DatabaseKind,
  options: TestDatabaseOptions = {},
): Promise<TestDatabase> => {
  if (kind === 'pglite') {
    const db = await openDatabase({
      timeouts: options.timeouts,
      pgliteDataDirDump: await migratedPgliteSnapshot(),
      pgliteThread: options.pgliteThread,
    });
    return { ...db, name: undefined, url: undefined, source: 'memory', dispose: () => db.close() };
  }
  const server = await resolveAdminServer(options.server ?? readServerPreference());
  const template = await migratedPostgresTemplate(server.url);
  const name = `jf_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(server.url, (admin) => admin.unsafe(`create database ${name} template ${template}`));
  let db: Database;
  try {
    db = await openDatabase({
      databaseUrl: withDatabase(server.url, name),
      maxConnections: 4,
      timeouts: options.timeouts,
    });
  } catch (error) {
    await dropDatabase(server.url, name);
    throw error;
  }
  let disposed = false;
  return {
    ...db,
    name,
    url: withDatabase(server.url, name),
    source: server.source,
    async dispose() {
      if (disposed) return;
      disposed = true;
      await db.close();
      await dropDatabase(server.url, name);
    },
  };
};

/**
 * An empty throw-away PostgreSQL database (no migrations applied), for tests that build an old schema
 * themselves, such as the migration upgrade test. Dropped on dispose.
 */
export const createEmptyTestPostgres = async (
  options: TestDatabaseOptions = {},
): Promise<{ readonly url: string; dispose(): Promise<void> }> => {
  const server = await resolveAdminServer(options.server ?? readServerPreference());
  const name = `jf_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(server.url, (admin) => admin.unsafe(`create database ${name}`));
  return {
    url: withDatabase(server.url, name),
    dispose: async () => {
      await dropDatabase(server.url, name);
    },
  };
};

const readServerPreference = (): 'auto' | 'embedded' =>
  process.env.JOURNEYFLOW_TEST_PG === 'embedded' ? 'embedded' : 'auto';

type AdminServer = { readonly url: string; readonly source: 'env' | 'local' | 'embedded' };

const resolveAdminServer = async (preference: 'auto' | 'embedded'): Promise<AdminServer> => {
  if (preference === 'embedded') return { url: (await startEmbeddedPostgres()).url, source: 'embedded' };
  const fromEnv = process.env.TEST_DATABASE_URL;
  if (fromEnv) {
    // An explicit URL that does not answer is a configuration error, not a reason to fall back.
    await withAdmin(fromEnv, (admin) => admin`select 1`);
    return { url: fromEnv, source: 'env' };
  }
  if (await answers(LOCAL_POSTGRES_URL)) return { url: LOCAL_POSTGRES_URL, source: 'local' };
  return { url: (await startEmbeddedPostgres()).url, source: 'embedded' };
};

const answers = async (url: string): Promise<boolean> => {
  try {
    await withAdmin(url, (admin) => admin`select 1`, 3);
    return true;
  } catch {
    return false;
  }
};

const withAdmin = async <T>(
  url: string,
  fn: (admin: postgres.Sql) => Promise<T>,
  connectTimeoutSeconds = 10,
): Promise<T> => {
  const admin = postgres(url, { max: 1, connect_timeout: connectTimeoutSeconds, onnotice: () => {} });
  try {
    return await fn(admin);
  } finally {
    await admin.end({ timeout: 5 });
  }
};

const dropDatabase = (adminUrl: string, name: string) =>
  withAdmin(adminUrl, (admin) => admin.unsafe(`drop database if exists ${name} with (force)`));

const withDatabase = (url: string, database: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};
