import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './testDatabase';

// postgres.js 3.4.9 wrote to a socket that had already closed from an immediate and crashed the process
// (porsager/postgres#1208); patches/postgres@3.4.9.patch settles such a query with CONNECTION_CLOSED.
describe('a transaction whose PostgreSQL backend has gone', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase('postgres');
  });
  afterAll(() => db?.dispose());

  it('rejects the next query instead of crashing the process, and the pool keeps serving', async () => {
    for (let round = 0; round < 5; round += 1) {
      await expect(
        db.sql.transaction(async (tx) => {
          // PostgreSQL ends the session (FATAL, then a clean close) once the transaction idles past this.
          await tx.query("set local idle_in_transaction_session_timeout = '50ms'");
          await new Promise((resolve) => setTimeout(resolve, 150 + round * 50));
          await tx.query('select 1');
        }),
      ).rejects.toThrow();
    }
    expect(await db.sql.query('select 1 as ok')).toEqual([{ ok: 1 }]);
  });
});
