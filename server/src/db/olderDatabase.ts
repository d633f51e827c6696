import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { Database, DatabaseKind } from './database';
import { migrationsFolder, openDatabase } from './openDatabase';
import { createPgliteSqlClient } from './pgliteSqlClient';
import { createPostgresSqlClient } from './postgresSqlClient';
import { createEmptyTestPostgres } from './testDatabase';

// Test support for the upgrade tests: a database made by an EARLIER release (the first n migrations of
// the journal), seeded with rows, then opened with the current code (which applies the rest).

type Journal = { entries: { tag: string }[] } & Record<string, unknown>;

/** The migration journal's entries, oldest first. */
export const migrationJournal = (): Journal =>
  JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;

/** How many journal entries come before the migration whose tag ends with `suffix` (throws if none). */
export const migrationsBefore = (suffix: string): number => {
  const index = migrationJournal().entries.findIndex((entry) => entry.tag.endsWith(suffix));
  if (index < 0) throw new Error(`migration ${suffix} is not in the journal`);
  return index;
};

const firstMigrations = (dir: string, count: number): string => {
  const journal = migrationJournal();
  const entries = journal.entries.slice(0, count);
  const folder = path.join(dir, 'migrations');
  mkdirSync(path.join(folder, 'meta'), { recursive: true });
  for (const { tag } of entries) {
    copyFileSync(path.join(migrationsFolder, `${tag}.sql`), path.join(folder, `${tag}.sql`));
  }
  writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return folder;
};

/** An earlier release's database: what `seed` answered, and how to open it with the current code. */
export type OlderDatabase<T> = {
  readonly before: T;
  open(): Promise<Database>;
  dispose(): Promise<void>;
};

/** Migrates a new database with the first `migrations` journal entries and seeds it. */
export const buildOlderDatabase = async <T>(
  kind: DatabaseKind,
  migrations: number,
  seed: (sql: SqlClient) => Promise<T>,
): Promise<OlderDatabase<T>> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'jf-older-'));
  const folder = firstMigrations(dir, migrations);
  if (kind === 'pglite') {
    const pg = await PGlite.create(path.join(dir, 'pglite'));
    let before: T;
    try {
      await migratePglite(drizzlePglite({ client: pg }), { migrationsFolder: folder });
      before = await seed(createPgliteSqlClient(pg));
    } finally {
      await pg.close();
    }
    return {
      before,
      open: () => openDatabase({ dataDir: dir }),
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const empty = await createEmptyTestPostgres();
  const client = postgres(empty.url, { max: 1, onnotice: () => {} });
  let before: T;
  try {
    await migratePostgres(drizzlePostgres({ client }), { migrationsFolder: folder });
    before = await seed(createPostgresSqlClient(client));
  } finally {
    await client.end({ timeout: 5 });
  }
  return {
    before,
    open: () => openDatabase({ databaseUrl: empty.url, maxConnections: 2 }),
    dispose: async () => {
      rmSync(dir, { recursive: true, force: true });
      await empty.dispose();
    },
  };
};
