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
