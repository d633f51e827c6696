import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database';
import { migratedPgliteSnapshot } from './migratedSnapshots';
import { openDatabase } from './openDatabase';
import { workspaces } from './schema/index';

describe('PGlite in a worker thread', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ pgliteThread: true, pgliteDataDirDump: await migratedPgliteSnapshot() });
    await db.sql.query('create table thread_t (id int primary key, note text)');
  });
  afterAll(() => db.close());

  it('answers queries with their parameters and JS types', async () => {
    const at = new Date('2026-03-01T09:30:00.000Z');
    const [row] = await db.sql.query<Record<string, unknown>>(
      `select $1::timestamptz as at, $2::jsonb as doc, 9000000000::int8 as big, count(*) as n,
              $3::text[] as tags, $4::int + 1 as next, null::text as nothing
         from generate_series(1, 3)`,
      [at, { a: [1, '둘'] }, ['x', 'y'], 41],
    );
    expect(row).toEqual({
      at,
      doc: { a: [1, '둘'] },
      big: 9000000000,
      n: 3,
      tags: ['x', 'y'],
      next: 42,
      nothing: null,
    });
    expect(row?.at).toBeInstanceOf(Date);
  });

  it('runs statements off this thread: timers fire while a long statement runs', async () => {
    let last = performance.now();
    let longestGap = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 2);
    const started = performance.now();
    await db.sql.query('select count(*) as n from generate_series(1, 3000000)');
    const ended = performance.now();
    clearInterval(timer);
    const elapsed = ended - started;
    longestGap = Math.max(longestGap, ended - last);
    // In process, the statement holds this thread from start to end: the longest gap is the whole of it.
    expect(elapsed).toBeGreaterThan(100);
    expect(longestGap).toBeLessThan(elapsed / 2);
  });

  it('commits a transaction and rolls one back, with its savepoints', async () => {
    await db.sql.transaction(async (tx) => {
      await tx.query('insert into thread_t values (1, $1)', ['kept']);
      await expect(
        tx.transaction(async (inner) => {
          await inner.query('insert into thread_t values (2, $1)', ['undone']);
          throw new Error('inner fails');
        }),
      ).rejects.toThrow('inner fails');
      await tx.transaction((inner) => inner.query('insert into thread_t values (3, $1)', ['nested kept']));
    });
    await expect(
      db.sql.transaction(async (tx) => {
        await tx.query('insert into thread_t values (4, $1)', ['rolled back']);
        throw new Error('outer fails');
      }),
    ).rejects.toThrow('outer fails');
    const rows = await db.sql.query('select id, note from thread_t order by id');
    expect(rows).toEqual([
      { id: 1, note: 'kept' },
      { id: 3, note: 'nested kept' },
    ]);
  });

  it('throws database errors with their code and fields', async () => {
    const error = await db.sql.query('insert into thread_t values (1, null)').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: '23505', constraint: 'thread_t_pkey', table: 'thread_t' });
    expect((error as Error).message).toMatch(/duplicate key/);
    expect((error as { detail?: string }).detail).toMatch(/\(id\)=\(1\)/);
  });

  it('runs a statement outside a transaction after the open transaction ends', async () => {
    const order: string[] = [];
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const transaction = db.sql.transaction(async (tx) => {
      await tx.query('insert into thread_t values (10, $1)', ['in tx']);
      await held;
      order.push('commit');
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const outside = db.sql.query('select count(*) as n from thread_t where id = 10').then((rows) => {
      order.push('outside');
      return rows;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(order).toEqual([]);
    release();
    await transaction;
    expect(await outside).toEqual([{ n: 1 }]);
    expect(order).toEqual(['commit', 'outside']);
  });

  it('runs prepared statements, in and outside transactions', async () => {
    const text = 'select note from thread_t where id = $1';
    expect(await db.sql.query(text, [1], { prepare: true })).toEqual([{ note: 'kept' }]);
    expect(await db.sql.query(text, [3], { prepare: true })).toEqual([{ note: 'nested kept' }]);
    const inTx = await db.sql.transaction((tx) => tx.query(text, [10], { prepare: true }));
    expect(inTx).toEqual([{ note: 'in tx' }]);
  });

  it('serves drizzle: insert, select, transactions', async () => {
    await db.orm.insert(workspaces).values({ id: 'ws_thread', name: 'Thread' });
    const [found] = await db.orm.select().from(workspaces).where(eq(workspaces.id, 'ws_thread'));
    expect(found).toMatchObject({ id: 'ws_thread', name: 'Thread', timezone: 'Asia/Seoul' });
    expect(found?.createdAt).toBeInstanceOf(Date);
    await db.orm.transaction(async (tx) => {
      await tx.update(workspaces).set({ name: 'Renamed' }).where(eq(workspaces.id, 'ws_thread'));
      await tx
        .transaction(async (inner) => {
          await inner.update(workspaces).set({ name: 'Undone' }).where(eq(workspaces.id, 'ws_thread'));
          inner.rollback();
        })
        .catch(() => {});
    });
    await expect(
      db.orm.transaction(async (tx) => {
        await tx.delete(workspaces).where(eq(workspaces.id, 'ws_thread'));
        throw new Error('keep it');
      }),
    ).rejects.toThrow('keep it');
    const names = await db.orm
      .select({ name: workspaces.name })
      .from(workspaces)
      .where(eq(workspaces.id, 'ws_thread'));
    expect(names).toEqual([{ name: 'Renamed' }]);
    const duplicate = await db.orm
      .insert(workspaces)
      .values({ id: 'ws_thread', name: 'Again' })
      .catch((e: unknown) => e);
    const cause = (duplicate as { cause?: unknown }).cause ?? duplicate;
    expect(cause).toMatchObject({ code: '23505' });
  });

  it('closes, after which calls fail', async () => {
    const other = await openDatabase({
      pgliteThread: true,
      pgliteDataDirDump: await migratedPgliteSnapshot(),
    });
    expect(await other.sql.query('select 1 as one')).toEqual([{ one: 1 }]);
    await other.close();
    await other.close();
    await expect(other.sql.query('select 1')).rejects.toThrow();
  });
});
