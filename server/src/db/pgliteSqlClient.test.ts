import { PGlite, types } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteSqlClient, pgliteParameterSerializers } from './pgliteSqlClient';

describe('PGlite SQL client parameters', () => {
  let pg: PGlite;
  beforeAll(async () => {
    pg = await PGlite.create();
  });
  afterAll(() => pg.close());

  it('sends long text and json parameters as UTF-8 bytes, short ones as text', () => {
    const long = 'x'.repeat(300);
    expect(pgliteParameterSerializers[types.TEXT](long)).toBeInstanceOf(Uint8Array);
    expect(pgliteParameterSerializers[types.JSON](JSON.stringify([long]))).toBeInstanceOf(Uint8Array);
    expect(pgliteParameterSerializers[types.TEXT]('short')).toBe('short');
    expect(pgliteParameterSerializers[types.JSON]({ a: 1 })).toBe('{"a":1}');
  });

  it('gives the database the same values either way (Korean, emoji, escapes)', async () => {
    const sql = createPgliteSqlClient(pg);
    const records = Array.from({ length: 50 }, (_, i) => ({
      id: `r${i}`,
      text: `안녕하세요 고객님 🎉 "quoted" \\ back\nline ${i}`,
    }));
    const long = JSON.stringify(records);
    expect(long.length).toBeGreaterThan(256);
    const [asText] = await sql.query<{ t: string; n: number }>(
      'select $1::text as t, octet_length($1::text) as n',
      [long],
    );
    expect(asText?.t).toBe(long);
    expect(asText?.n).toBe(Buffer.byteLength(long, 'utf8'));
    const rows = await sql.query<{ id: string; text: string }>(
      'select u.id, u.text from json_to_recordset($1::text::json) as u(id text, text text) order by u.id',
      [long],
    );
    expect(rows).toHaveLength(50);
    expect(rows.find((r) => r.id === 'r7')).toEqual(records[7]);
    const [asJson] = await sql.query<{ j: unknown }>('select $1::json as j', [long]);
    expect(asJson?.j).toEqual(records);
    const [varchar] = await sql.query<{ v: string }>('select $1::varchar as v', [long]);
    expect(varchar?.v).toBe(long);
  });
});

describe('PGlite SQL client prepared statements', () => {
  let pg: PGlite;
  beforeAll(async () => {
    pg = await PGlite.create();
    await pg.exec('create table items (id text primary key, n int not null, at timestamptz, doc jsonb)');
  });
  afterAll(() => pg.close());

  const prepared = { prepare: true } as const;
  const insert = `insert into items (id, n, at, doc)
    select u.id, u.n, u.at, u.doc::jsonb from unnest($1::text[], $2::int[], $3::timestamptz[], $4::text[])
      as u(id, n, at, doc)
    returning id, n, at, doc`;
  const namedStatements = async () =>
    (await pg.query<{ n: number }>('select count(*)::int as n from pg_prepared_statements')).rows[0]?.n;

  it('parses a `prepare` statement once and answers rows as an unprepared one does', async () => {
    const sql = createPgliteSqlClient(pg);
    const before = await namedStatements();
    const at = new Date('2026-12-06T00:00:00.000Z');
    const rows = await sql.query(
      insert,
      [
        ['a', 'b'],
        [1, 2],
        [at, at],
        ['{"k":"안녕"}', null],
      ],
      prepared,
    );
    expect(rows).toEqual([
      { id: 'a', n: 1, at, doc: { k: '안녕' } },
      { id: 'b', n: 2, at, doc: null },
    ]);
    expect(await namedStatements()).toBe((before ?? 0) + 1);
    // Another client of the same database reuses the statement; its rows match an unprepared read.
    const again = createPgliteSqlClient(pg);
    const long = 'x'.repeat(300);
    await again.query(insert, [['c'], [3], [at], [JSON.stringify({ long })]], prepared);
    expect(await namedStatements()).toBe((before ?? 0) + 1);
    const select = 'select id, n, at, doc from items where id = any($1::text[]) order by id';
    expect(await sql.query(select, [['a', 'b', 'c']], prepared)).toEqual(
      await sql.query(select, [['a', 'b', 'c']]),
    );
  });

  it('runs inside a transaction, rolls back with it and reports errors with their code', async () => {
    const sql = createPgliteSqlClient(pg);
    await expect(
      sql.transaction(async (tx) => {
        await tx.query(insert, [['t1'], [1], [null], [null]], prepared);
        await tx.query(insert, [['t1'], [1], [null], [null]], prepared);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect(await sql.query('select id from items where id = $1', ['t1'], prepared)).toEqual([]);
    // The connection is usable again after the failed statement.
    await sql.query(insert, [['t2'], [2], [null], [null]], prepared);
    expect(await sql.query('select n from items where id = $1', ['t2'], prepared)).toEqual([{ n: 2 }]);
  });

  it('outside a transaction, waits for an open one instead of running inside it', async () => {
    const sql = createPgliteSqlClient(pg);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const open = sql
      .transaction(async (tx) => {
        await tx.query(insert, [['w1'], [1], [null], [null]], prepared);
        await held;
        throw new Error('rolled back on purpose');
      })
      .catch(() => 'rolled back');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const outside = sql.query(insert, [['w2'], [2], [null], [null]], prepared);
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    expect(await open).toBe('rolled back');
    await outside;
    expect(await sql.query('select id from items where id like $1 order by id', ['w%'], prepared)).toEqual([
      { id: 'w2' },
    ]);
  });
});
