import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { type DatabaseTimeouts, timeoutParameters } from './databaseTimeouts';
import { migrationsFolder } from './migrationsFolder';
import * as schema from './schema/index';

/** PGlite in `<dataDir>/pglite`, or in memory (from a dumped data directory when given). */
export const createPglite = async (dataDir: string | undefined, dump: Blob | undefined): Promise<PGlite> => {
  if (!dataDir) return PGlite.create(dump ? { loadDataDir: dump } : {});
  const dir = path.join(dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  return PGlite.create(dir);
};

/** Applies the committed migrations and this process's settings; the same in process and in a worker thread. */
export const setUpPglite = async (pg: PGlite, timeouts: DatabaseTimeouts): Promise<void> => {
  // From a migrated snapshot this only confirms that nothing is left to apply.
  await migratePglite(drizzlePglite({ client: pg, schema }), { migrationsFolder });
  // Accepted and shown by PGlite, which has no timers to enforce them (one process, one connection);
  // set for parity with PostgreSQL.
  for (const [name, value] of Object.entries(timeoutParameters(timeouts)))
    await pg.exec(`set ${name} = ${value}`);
  // With no checkpointer to pre-create WAL segments, the statement that fills one creates the next (16 MB,
  // one per ≈ 12,000 ingested events) and by default zero-fills it write by write through the emulated file
  // system: ≈ 100 ms holding this thread and every request behind it (measured as a COMMIT of 86–105 ms
  // CPU, 5–10 ms with this off). Off, PostgreSQL only sizes the file (it reads as zeros all the same: a
  // fresh in-memory file, a sparse file on disk); the setting exists for copy-on-write file systems and
  // does not change what a commit guarantees.
  await pg.exec('set wal_init_zero = off');
};
