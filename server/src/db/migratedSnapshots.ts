import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import postgres from 'postgres';
import { migrationsFolder, openDatabase } from './openDatabase';
import * as schema from './schema/index';

/**
 * Tests open hundreds of fresh databases; running the 20-odd migrations on each costs seconds (PGlite) or
 * about a second (PostgreSQL). These snapshots run them once per set of migrations and copy the result:
 * the copy is byte for byte what the same migrations produce, and `openDatabase` still checks on every open
 * that nothing is left to apply.
 */

/** Changes whenever a migration file (or the PGlite build, whose data directory format it fixes) changes. */
export const migrationsFingerprint = (folder = migrationsFolder): string => {
  const hash = createHash('sha256');
  hash.update(`pglite ${pgliteVersion()}\n`);
  for (const file of listFiles(folder)) {
    hash.update(`${file}\n`);
    hash.update(readFileSync(path.join(folder, file)));
  }
  return hash.digest('hex').slice(0, 16);
};

const listFiles = (root: string, prefix = ''): string[] =>
  readdirSync(path.join(root, prefix))
    .sort()
    .flatMap((name) => {
      const relative = path.join(prefix, name);
      return statSync(path.join(root, relative)).isDirectory() ? listFiles(root, relative) : [relative];
    });

const pgliteVersion = (): string => {
  let dir = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (dir !== path.dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<
        string,
        string
      >;
      if (manifest.name === '@electric-sql/pglite') return manifest.version ?? 'unknown';
    } catch {
      // No manifest at this level; look further up.
    }
    dir = path.dirname(dir);
  }
  return 'unknown';
};

/** Where the PGlite snapshots live; every test process of every run on this machine shares them. */
const snapshotDir = path.join(tmpdir(), 'journeyflow-test-snapshots');

/**
 * The data directory of a freshly migrated in-memory PGlite, as a tarball for `PGlite.create({ loadDataDir })`.
 * Built by the first test process that needs it and written atomically, so parallel workers at worst build
 * it twice, never read half a file.
 */
export const migratedPgliteSnapshot = async (): Promise<Blob> => {
  const file = path.join(snapshotDir, `pglite-${migrationsFingerprint()}.tar`);
  try {
    return new Blob([readFileSync(file)]);
  } catch {
    // Not built yet on this machine.
  }
  const pg = await PGlite.create();
  let dump: Blob;
  try {
    await migratePglite(drizzlePglite({ client: pg, schema }), { migrationsFolder });
    dump = await pg.dumpDataDir('none');
  } finally {
    await pg.close();
  }
  const bytes = Buffer.from(await dump.arrayBuffer());
  mkdirSync(snapshotDir, { recursive: true });
  const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
  return new Blob([bytes]);
};

/** Serialises template builds across processes sharing one PostgreSQL server. */
const TEMPLATE_LOCK_KEY = 4_201_339;

/**
 * The name of a migrated template database on the server at `adminUrl`, built once per set of migrations;
 * `create database x template <name>` then copies it in milliseconds. The template refuses connections, so
 * autovacuum never touches it and nothing blocks the copy; it is complete only once marked `is_template`.
 */
export const migratedPostgresTemplate = async (adminUrl: string): Promise<string> => {
  const name = `jf_template_${migrationsFingerprint()}`;
  const admin = postgres(adminUrl, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    const ready = async () =>
      (await admin`select 1 from pg_database where datname = ${name} and datistemplate`).length > 0;
    if (await ready()) return name;
    await admin`select pg_advisory_lock(${TEMPLATE_LOCK_KEY})`;
    try {
      if (await ready()) return name;
      // A build interrupted before it was marked complete leaves an unfinished copy behind.
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.unsafe(`create database ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const db = await openDatabase({ databaseUrl: url.toString(), maxConnections: 1 });
      await db.close();
      await admin.unsafe(`alter database ${name} with is_template true allow_connections false`);
      return name;
    } finally {
      await admin`select pg_advisory_unlock(${TEMPLATE_LOCK_KEY})`;
    }
  } finally {
    await admin.end({ timeout: 5 });
  }
};
