import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteSqlClient } from './pgliteSqlClient';

// PGlite executes statements on this thread; a transaction's awaited statements would otherwise run one
// after another without the event loop turning, so a request arriving meanwhile waited for all of them.
describe('PGlite SQL client and the event loop', () => {
  let pg: PGlite;
  beforeAll(async () => {
    pg = await PGlite.create();
  });
  afterAll(() => pg.close());

  it('lets work that arrived during a statement run before the next statement, in and out of a transaction', async () => {
    const sql = createPgliteSqlClient(pg);
    const order: string[] = [];
    await sql.transaction(async (tx) => {
      await tx.query('select 1');
      setImmediate(() => order.push('request in transaction'));
      await tx.query('select 2');
      order.push('next statement in transaction');
    });
    await sql.query('select 3');
    setImmediate(() => order.push('request'));
    await sql.query('select 4');
    order.push('next statement');
    expect(order).toEqual([
      'request in transaction',
      'next statement in transaction',
      'request',
      'next statement',
    ]);
  });
});
