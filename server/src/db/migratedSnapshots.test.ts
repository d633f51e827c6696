import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { migratedPostgresTemplate, migrationsFingerprint } from './migratedSnapshots';
import { migrationsFolder, openDatabase } from './openDatabase';
import { createEmptyTestPostgres, LOCAL_POSTGRES_URL, openTestDatabase } from './testDatabase';

/** Everything the migrations create, in a form two databases can be compared by. */
const describeSchema = async (sql: SqlClient) => ({
  columns: await sql.query(
    `select table_name, column_name, data_type, is_nullable, column_default from information_schema.columns
      where table_schema in ('public', 'drizzle') order by table_name, column_name`,
  ),
  indexes: await sql.query(
    `select tablename, indexname, indexdef from pg_indexes where schemaname in ('public', 'drizzle')
      order by tablename, indexname`,
  ),
  constraints: await sql.query(
    `select c.conrelid::regclass::text as on_table, c.conname, pg_get_constraintdef(c.oid) as definition
       from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where n.nspname in ('public', 'drizzle') order by on_table, c.conname`,
  ),
  triggers: await sql.query(
    `select tgrelid::regclass::text as on_table, tgname, pg_get_triggerdef(oid) as definition
       from pg_trigger where not tgisinternal order by on_table, tgname`,
  ),
  functions: await sql.query(
    `select p.proname, pg_get_functiondef(p.oid) as definition
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public' order by p.proname, definition`,
  ),
  applied: await sql.query(`select hash, created_at from drizzle.__drizzle_migrations order by id`),
});

describe('migrationsFingerprint', () => {
  const copy = mkdtempSync(path.join(tmpdir(), 'jf-migrations-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('depends on the content of every migration file and on none of their locations', () => {
    cpSync(migrationsFolder, copy, { recursive: true });
    const original = migrationsFingerprint(copy);
    expect(original).toBe(migrationsFingerprint());
    appendFileSync(path.join(copy, '0000_init.sql'), '\n-- edited');
    const edited = migrationsFingerprint(copy);
    expect(edited).not.toBe(original);
    writeFileSync(path.join(copy, '9999_next.sql'), 'select 1;');
    expect(migrationsFingerprint(copy)).not.toBe(edited);
  });
});

/** `copied` has exactly `fresh`'s schema, and that schema is the real one (not two empty databases). */
const expectSameSchema = async (fresh: SqlClient, copied: SqlClient) => {
  const expected = await describeSchema(fresh);
  expect(expected.columns.length).toBeGreaterThan(100);
  expect(await describeSchema(copied)).toEqual(expected);
};

describe('a test database copied from the migrated snapshot', () => {
  it('on PGlite has exactly the schema that running the migrations gives', async () => {
    const fresh = await openDatabase({});
    const copied = await openTestDatabase('pglite');
    try {
      await expectSameSchema(fresh.sql, copied.sql);
    } finally {
      await fresh.close();
      await copied.dispose();
    }
  });

  it('on PostgreSQL has exactly the schema that running the migrations gives', async () => {
    const empty = await createEmptyTestPostgres();
    const fresh = await openDatabase({ databaseUrl: empty.url, maxConnections: 1 });
    const copied = await openTestDatabase('postgres');
    try {
      await expectSameSchema(fresh.sql, copied.sql);
    } finally {
      await fresh.close();
      await empty.dispose();
      await copied.dispose();
    }
  });

  it('comes from a PostgreSQL template that takes no connections, so autovacuum and stray sessions leave it alone', async () => {
    const copied = await openTestDatabase('postgres');
    await copied.dispose();
    const adminUrl = { env: process.env.TEST_DATABASE_URL, local: LOCAL_POSTGRES_URL }[
      copied.source as string
    ];
    if (!adminUrl) return; // The embedded fallback's admin URL is private to its process.
    const template = await migratedPostgresTemplate(adminUrl);
    const admin = postgres(adminUrl, { max: 1 });
    try {
      const rows =
        await admin`select datistemplate, datallowconn from pg_database where datname = ${template}`;
      expect(rows).toEqual([{ datistemplate: true, datallowconn: false }]);
    } finally {
      await admin.end();
    }
  });
});
