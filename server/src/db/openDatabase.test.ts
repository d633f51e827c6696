import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsFolder, openDatabase } from './openDatabase';
import { workspaces } from './schema/index';

describe('openDatabase on a PGlite directory', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jf-pglite-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps data across close and reopen, and re-applying migrations is a no-op', async () => {
    const first = await openDatabase({ dataDir });
    expect(first.kind).toBe('pglite');
    await first.orm.insert(workspaces).values({ id: 'ws_persist', name: 'Persisted' });
    await first.close();

    const second = await openDatabase({ dataDir });
    try {
      const rows = await second.orm.select().from(workspaces);
      expect(rows.map((r) => r.name)).toEqual(['Persisted']);
      const migrations = await second.sql.query<{ n: number }>(
        'select count(*)::int as n from drizzle.__drizzle_migrations',
      );
      // Every migration of the journal ran once, and reopening ran none again.
      const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8'));
      expect(migrations[0]?.n).toBe(journal.entries.length);
    } finally {
      await second.close();
    }
  });

  it('does not zero-fill new WAL segments (a ~100 ms hold of the event loop each)', async () => {
    const db = await openDatabase({});
    try {
      const [row] = await db.sql.query<{ wal_init_zero: string }>('show wal_init_zero');
      expect(row?.wal_init_zero).toBe('off');
    } finally {
      await db.close();
    }
  });

  it('closing twice is harmless', async () => {
    const db = await openDatabase({});
    await db.close();
    await expect(db.close()).resolves.toBeUndefined();
  });
});
