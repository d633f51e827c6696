import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../testDatabase';
import { findDistributionViolations, KNOWN_GAPS, REFERENCE_TABLES } from './distributionKeys';

// Reads the migrated schema from the live database and fails on any workspace-scoped table without
// `workspace_id` or any primary/unique key without it (Citus distribution by workspace_id, issue 15).
describe.each(databaseKinds)('distribution keys on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('every workspace-scoped table has workspace_id in every primary and unique key', async () => {
    const violations = await findDistributionViolations(db.sql);
    const unexpected = violations.filter((v) => !(v.key && `${v.table}.${v.key}` in KNOWN_GAPS));
    expect(unexpected).toEqual([]);
  });

  it('lists no known gap that is already fixed', async () => {
    const violations = await findDistributionViolations(db.sql);
    const open = new Set(violations.map((v) => `${v.table}.${v.key}`));
    expect(Object.keys(KNOWN_GAPS).filter((gap) => !open.has(gap))).toEqual([]);
  });

  it('names only reference tables that exist, and keeps them few', async () => {
    const rows = await db.sql.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public'`,
    );
    const names = rows.map((r) => r.table_name);
    for (const table of REFERENCE_TABLES) expect(names, table).toContain(table);
    expect(REFERENCE_TABLES.length).toBeLessThanOrEqual(8);
  });

  it('catches a table without workspace_id and a key without it', async () => {
    await db.sql.query('create table dist_probe (id text primary key, name text)');
    try {
      const violations = await findDistributionViolations(db.sql);
      expect(violations).toEqual(
        expect.arrayContaining([
          { table: 'dist_probe', problem: 'no workspace_id column' },
          expect.objectContaining({ table: 'dist_probe', key: 'dist_probe_pkey' }),
        ]),
      );
    } finally {
      await db.sql.query('drop table dist_probe');
    }
  });
});
