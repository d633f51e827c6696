import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeStaleTables } from './pgliteAnalyzer';

// PGlite has no autovacuum: without this, a table's statistics never exist and a batch lookup by a unique
// key is planned as a scan of every row of the workspace.
describe('PGlite analyzer', () => {
  let pg: PGlite;
  beforeAll(async () => {
    pg = await PGlite.create();
    await pg.exec(`create table people (id text primary key, workspace_id text not null, external_id text not null, created_at timestamptz not null default now());
      create unique index people_external_uq on people (workspace_id, external_id);
      create index people_created_idx on people (workspace_id, created_at);
      insert into people select 'p' || g, 'ws', 'e' || g, now() from generate_series(1, 10000) g;`);
  });
  afterAll(() => pg.close());

  const plan = async () => {
    const { rows } = await pg.query<{ 'QUERY PLAN': string }>(
      `explain select id from people where workspace_id = 'ws' and external_id = any($1::text[])`,
      [Array.from({ length: 50 }, (_, i) => `e${i * 37 + 1}`)],
    );
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  };

  it('analyzes the tables whose rows changed since their last analyze, and only those', async () => {
    expect(await plan()).not.toContain('people_external_uq');
    expect(await analyzeStaleTables(pg)).toEqual(['public.people']);
    expect(await plan()).toMatch(/Index Scan on people_external_uq|Index Scan using people_external_uq/);
    expect(await analyzeStaleTables(pg)).toEqual([]);
    await pg.exec(
      `update people set created_at = now() where id in (select 'p' || g from generate_series(1, 40) g)`,
    );
    expect(await analyzeStaleTables(pg)).toEqual([]);
    await pg.exec(
      `insert into people select 'q' || g, 'ws', 'f' || g, now() from generate_series(1, 2000) g`,
    );
    expect(await analyzeStaleTables(pg)).toEqual(['public.people']);
  });
});
