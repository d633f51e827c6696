import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../env';
import { DEFAULT_DATABASE_TIMEOUTS } from './databaseTimeouts';
import { openTestDatabase, type TestDatabase } from './testDatabase';

describe('database time limits on PostgreSQL', () => {
  const opened: TestDatabase[] = [];
  afterAll(async () => {
    for (const db of opened) await db.dispose();
  });
  const open = async (timeouts?: { statementTimeoutMs: number; idleInTransactionTimeoutMs: number }) => {
    const db = await openTestDatabase('postgres', timeouts ? { timeouts } : {});
    opened.push(db);
    return db;
  };

  it('sets 30 s / 60 s on every connection by default', async () => {
    const db = await open();
    expect(await db.sql.query('show statement_timeout')).toEqual([{ statement_timeout: '30s' }]);
    expect(await db.sql.query('show idle_in_transaction_session_timeout')).toEqual([
      { idle_in_transaction_session_timeout: '1min' },
    ]);
  });

  it('cancels a statement that runs past the limit, on both pools, and keeps serving', async () => {
    const db = await open({ statementTimeoutMs: 200, idleInTransactionTimeoutMs: 5_000 });
    await expect(db.sql.query('select pg_sleep(1)')).rejects.toThrow(/statement timeout/);
    const viaOrm = await db.orm.execute('select pg_sleep(1)').then(
      () => 'finished',
      (error: Error) => `${error.message} ${String(error.cause)}`,
    );
    expect(viaOrm).toMatch(/statement timeout/);
    expect(await db.sql.query('select 1 as ok')).toEqual([{ ok: 1 }]);
  });

  it('ends a transaction left idle past the limit', async () => {
    const db = await open({ statementTimeoutMs: 5_000, idleInTransactionTimeoutMs: 300 });
    await expect(
      db.sql.transaction(async (tx) => {
        await tx.query('select 1');
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        await tx.query('select 1');
      }),
    ).rejects.toThrow();
    expect(await db.sql.query('select 1 as ok')).toEqual([{ ok: 1 }]);
  });

  it('runs the migrations without the limits', async () => {
    // With 1 ms per statement on the app's connections, opening (which migrates a fresh database) still works.
    const db = await open({ statementTimeoutMs: 1, idleInTransactionTimeoutMs: 1_000 });
    expect(db.kind).toBe('postgres');
  });
});

describe('database time limits configuration', () => {
  it('reads JOURNEYFLOW_STATEMENT_TIMEOUT_MS and JOURNEYFLOW_IDLE_IN_TRANSACTION_TIMEOUT_MS', () => {
    expect(loadConfig({}).databaseTimeouts).toEqual(DEFAULT_DATABASE_TIMEOUTS);
    expect(
      loadConfig({
        JOURNEYFLOW_STATEMENT_TIMEOUT_MS: '5000',
        JOURNEYFLOW_IDLE_IN_TRANSACTION_TIMEOUT_MS: '0',
      }).databaseTimeouts,
    ).toEqual({ statementTimeoutMs: 5000, idleInTransactionTimeoutMs: 0 });
    expect(() => loadConfig({ JOURNEYFLOW_STATEMENT_TIMEOUT_MS: '-1' })).toThrow(
      /JOURNEYFLOW_STATEMENT_TIMEOUT_MS/,
    );
  });

  it('sets them on PGlite too (which accepts but cannot enforce them)', async () => {
    const db = await openTestDatabase('pglite', {
      timeouts: { statementTimeoutMs: 12_000, idleInTransactionTimeoutMs: 34_000 },
    });
    try {
      expect(await db.sql.query('show statement_timeout')).toEqual([{ statement_timeout: '12s' }]);
    } finally {
      await db.dispose();
    }
  });
});
