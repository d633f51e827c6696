import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database';
import { buildOlderDatabase, migrationsBefore, type OlderDatabase } from './olderDatabase';
import { databaseKinds } from './testDatabase';

// Upgrading a database made by the migrations BEFORE partitioning (up to 0017_links-host), with rows in events,
// run_trace and outbox across several months (one far in the past, one in the future), to every migration:
// every row is kept, the three tables are partitioned by month, and exactly-once still holds, now across
// partitions (a unique index of a partitioned table could not do that: it must include the month).
const TABLES = ['events', 'run_trace', 'outbox'] as const;

const MONTHS = [
  '2019-04-02T10:00:00Z',
  '2025-11-20T10:00:00Z',
  '2026-01-05T10:00:00Z',
  '2033-07-01T10:00:00Z',
];

const seed = async (sql: SqlClient) => {
  await sql.query(`insert into workspaces (id, name) values ('ws_old', 'Old shop')`);
  for (const [i, at] of MONTHS.entries()) {
    await sql.query(
      `insert into events (id, workspace_id, customer_id, name, properties, ts, message_id, received_at)
       values ($1, 'ws_old', 'cus_old', 'purchase', '{"amount":1}'::jsonb, $2::timestamptz, $3, $2::timestamptz)`,
      [`evt_${i}`, at, `m-${i}`],
    );
    await sql.query(
      `insert into run_trace (id, run_id, workspace_id, customer_id, journey_id, version, node_id, node_type, reason,
                              code, params, kind, seq, at)
       values ($1, 'run_old', 'ws_old', 'cus_old', 'jny_old', 1, 'sms', 'message.sms', 'sent', 'sent', '{"n":1}'::jsonb,
               'sent', $2, $3::timestamptz)`,
      [`trc_${i}`, i, at],
    );
    await sql.query(
      `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
                           customer_id, external_id, channel, purpose, status, content, rendered, created_at, updated_at)
       values ($1, 'ws_old', 'jny_old', 1, 'run_old', 'sms', $2, $3, 'cus_old', 'c-1', 'sms', 'info', 'sent',
               '{"text":"안녕하세요"}'::jsonb, '{"text":"안녕하세요"}'::jsonb, $4::timestamptz, $4::timestamptz)`,
      [`out_${i}`, i, `run_old:sms:${i}`, at],
    );
  }
};

type Rows = Record<string, string[]>;

const readRows = async (sql: SqlClient): Promise<Rows> => {
  const result: Rows = {};
  for (const table of TABLES) {
    const rows = await sql.query<{ row: unknown }>(`select to_jsonb(t) as row from ${table} t`);
    result[table] = rows
      .map(({ row }) => (typeof row === 'string' ? JSON.parse(row) : row) as Record<string, unknown>)
      .map((row) => JSON.stringify(row, Object.keys(row).sort()))
      .sort();
  }
  return result;
};

describe.each(databaseKinds)('upgrading a %s database from before partitioning', (kind) => {
  let old: OlderDatabase<Rows>;
  let db: Database;

  beforeAll(async () => {
    old = await buildOlderDatabase(kind, migrationsBefore('_partition'), async (sql) => {
      await seed(sql);
      return readRows(sql);
    });
    db = await old.open();
  });
  afterAll(async () => {
    await db?.close();
    await old?.dispose();
  });

  it('keeps every row and every value', async () => {
    for (const table of TABLES) expect(old.before[table], table).toHaveLength(MONTHS.length);
    expect(await readRows(db.sql)).toEqual(old.before);
  });

  it('partitions events, run_trace and outbox by month, with DEFAULT for rows out of range', async () => {
    const partitioned = await db.sql.query<{ name: string; strategy: string }>(
      `select c.relname as name, p.partstrat as strategy from pg_partitioned_table p
         join pg_class c on c.oid = p.partrelid order by c.relname`,
    );
    expect(partitioned).toEqual(
      expect.arrayContaining(TABLES.map((name) => expect.objectContaining({ name, strategy: 'r' }))),
    );
    for (const table of TABLES) {
      const parts = await db.sql.query<{ name: string }>(
        `select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
          where i.inhparent = $1::regclass order by c.relname`,
        [table],
      );
      const names = parts.map((p) => p.name);
      expect(names).toEqual(
        expect.arrayContaining([`${table}_p2025_11`, `${table}_p2026_01`, `${table}_default`]),
      );
      // 2019 is further back than any retention, 2033 further ahead than the months made in advance.
      const [inDefault] = await db.sql.query<{ n: number }>(
        `select count(*)::int as n from ${table}_default`,
      );
      expect(Number(inDefault?.n), table).toBe(2);
    }
  });

  it('backfills the exactly-once keys and keeps exactly-once across months', async () => {
    const [keys] = await db.sql.query<{ outbox: number; events: number }>(
      `select (select count(*) from outbox_keys)::int as outbox, (select count(*) from event_keys)::int as events`,
    );
    expect(keys).toEqual({ outbox: MONTHS.length, events: MONTHS.length });
    // The same message_id in another month (another partition) is still a duplicate: no row comes back.
    const duplicate = await db.sql.query(
      `insert into events (id, workspace_id, customer_id, name, properties, ts, message_id)
       values ('evt_dup', 'ws_old', 'cus_old', 'purchase', '{}'::jsonb, now(), 'm-0') on conflict do nothing
       returning id`,
    );
    expect(duplicate).toEqual([]);
    const repeated = await db.sql.query(
      `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
                           customer_id, external_id, channel, purpose, status, content, rendered)
       values ('out_dup', 'ws_old', 'jny_old', 1, 'run_old', 'sms', 0, 'run_old:sms:0', 'cus_old', 'c-1', 'sms',
               'info', 'queued', '{}'::jsonb, '{}'::jsonb) returning id`,
    );
    expect(repeated).toEqual([]);
    // Another workspace may use the same key; a deleted message gives its key back.
    await db.sql.query(`delete from outbox where id = 'out_1'`);
    const reused = await db.sql.query(
      `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
                           customer_id, external_id, channel, purpose, status, content, rendered)
       values ('out_again', 'ws_old', 'jny_old', 1, 'run_old', 'sms', 1, 'run_old:sms:1', 'cus_old', 'c-1', 'sms',
               'info', 'queued', '{}'::jsonb, '{}'::jsonb),
              ('out_other', 'ws_other', 'jny_old', 1, 'run_old', 'sms', 0, 'run_old:sms:0', 'cus_old', 'c-1', 'sms',
               'info', 'queued', '{}'::jsonb, '{}'::jsonb) returning id`,
    );
    expect(reused.map((r) => r.id).sort()).toEqual(['out_again', 'out_other']);
    // TRUNCATE (test harnesses) empties the keys with the rows.
    await db.sql.query('truncate outbox, events');
    const [left] = await db.sql.query<{ n: number }>(
      `select ((select count(*) from outbox_keys) + (select count(*) from event_keys))::int as n`,
    );
    expect(Number(left?.n)).toBe(0);
  });
});
