import { describe, expect, it } from 'vitest';
import { databaseKinds, type TestDatabase } from '../../db/testDatabase';
import { useTestDatabase } from '../../testing/useTestDatabase';
import { enforceRetention } from './enforceRetention';
import { ensurePartitions, listMonthPartitions } from './monthPartitions';
import { nodeCounts, retentionRows } from './testing/retentionRows';

// Partitioned retention (issue 15) with a fake clock: a month expired for every workspace is rolled up and
// its partition dropped whole; a workspace keeping less than another still loses its rows by batched delete;
// stats read the same numbers throughout, and the exactly-once keys of dropped rows are released.
const NOW = new Date('2026-06-15T12:00:00.000Z');

const seed = async (db: TestDatabase) => {
  // Partitions for Dec 2024 – Feb 2025 (all three tables) and March 2024 (events).
  await ensurePartitions(db.sql, new Date('2024-12-15T00:00:00.000Z'));
  await db.sql.query(`select ensure_month_partition('events', '2024-03-01T00:00:00Z')`);
  await db.sql.query(
    `insert into workspaces (id, name, retention) values ('ws_a', 'A', null), ('ws_b', 'B', '{"traceDays":600}'::jsonb)`,
  );
  const { trace, message } = retentionRows(db.sql);
  for (const ws of ['ws_a', 'ws_b']) {
    for (const [node, kind, at] of [
      ['sms', 'entered', '2024-12-10T09:00:00Z'],
      ['sms', 'left', '2024-12-10T09:00:00Z'],
      ['sms', 'entered', '2025-01-20T09:00:00Z'],
      ['sms', 'left', '2025-01-20T09:00:00Z'],
    ] as const) {
      await trace(ws, node, kind, at);
    }
    for (const [status, createdAt, test] of [
      ['sent', '2025-01-10T09:00:00Z', false],
      ['failed', '2025-01-11T09:00:00Z', false],
      ['sent', '2025-01-12T09:00:00Z', true],
      ['sent', '2025-02-10T09:00:00Z', false],
      ['queued', '2025-02-11T09:00:00Z', false],
    ] as const) {
      await message(ws, status, createdAt, test);
    }
    await db.sql.query(
      `insert into events (id, workspace_id, customer_id, name, properties, ts, message_id)
       values ($1, $2, 'cus_1', 'purchase', '{}'::jsonb, '2024-03-05T00:00:00Z', $1)`,
      [`evt_${ws}`, ws],
    );
  }
};

const counts = (db: TestDatabase, ws: string) => nodeCounts(db.sql, ws);

const names = async (db: TestDatabase, table: 'run_trace' | 'outbox' | 'events') =>
  (await listMonthPartitions(db.sql, table)).map((p) => p.name);

const one = async (db: TestDatabase, text: string, params: unknown[] = []) => {
  const [row] = await db.sql.query<{ n: number }>(text, params);
  return Number(row?.n);
};

describe.each(databaseKinds)('partitioned retention on %s', (kind) => {
  const h = useTestDatabase(kind, seed);

  it('stores each row in its month and keeps the months ahead ready', async () => {
    expect(await names(h.db, 'outbox')).toEqual(
      expect.arrayContaining(['outbox_p2024_12', 'outbox_p2025_01', 'outbox_p2025_02']),
    );
    expect(await one(h.db, `select count(*)::int as n from run_trace_p2025_01`)).toBe(4);
    expect(await one(h.db, `select count(*)::int as n from events_p2024_03`)).toBe(2);
    expect(await one(h.db, `select count(*)::int as n from outbox_default`)).toBe(0);
  });

  it('drops months expired for every workspace, deletes the rest in batches, keeps every stats number', async () => {
    const before = { a: await counts(h.db, 'ws_a'), b: await counts(h.db, 'ws_b') };
    // `sent` counts the queued message too (it is on its way).
    expect(before.a.sms).toMatchObject({ entered: 2, completed: 2, sent: 3, failed: 1 });
    expect(await one(h.db, `select count(*)::int as n from outbox_keys where workspace_id = 'ws_a'`)).toBe(5);

    const removed = await enforceRetention(h.db.sql, NOW);
    // Messages (13 months for both): January goes whole; February holds a queued message, so it stays and
    // only its sent message is deleted. Events (25 months): March 2024 goes whole.
    expect(await names(h.db, 'outbox')).not.toContain('outbox_p2025_01');
    expect(await names(h.db, 'outbox')).toContain('outbox_p2025_02');
    expect(await names(h.db, 'events')).not.toContain('events_p2024_03');
    expect(removed.outbox).toBe(8);
    expect(removed.events).toBe(2);
    // Trace: workspace B keeps 600 days, so no trace month is dropped; A's lines go by batched delete.
    expect(await names(h.db, 'run_trace')).toContain('run_trace_p2024_12');
    expect(await one(h.db, `select count(*)::int as n from run_trace where workspace_id = 'ws_a'`)).toBe(0);
    expect(await one(h.db, `select count(*)::int as n from run_trace where workspace_id = 'ws_b'`)).toBe(4);
    expect(await counts(h.db, 'ws_a')).toEqual(before.a);
    expect(await counts(h.db, 'ws_b')).toEqual(before.b);
    // The dropped rows' exactly-once keys are released with them; the queued message keeps its key.
    expect(await one(h.db, `select count(*)::int as n from outbox_keys where workspace_id = 'ws_a'`)).toBe(1);
    expect(await one(h.db, `select count(*)::int as n from event_keys`)).toBe(0);
    expect(
      await one(
        h.db,
        `select sum(count)::int as n from daily_rollups where workspace_id = 'ws_b' and metric = 'event:purchase'`,
      ),
    ).toBe(1);

    // Once B keeps the default 180 days too, the trace months go whole, and the numbers still hold.
    await h.db.sql.query(`update workspaces set retention = null where id = 'ws_b'`);
    const again = await enforceRetention(h.db.sql, NOW);
    expect(again.run_trace).toBe(4);
    expect(await names(h.db, 'run_trace')).not.toContain('run_trace_p2024_12');
    expect(await names(h.db, 'run_trace')).not.toContain('run_trace_p2025_01');
    expect(await counts(h.db, 'ws_a')).toEqual(before.a);
    expect(await counts(h.db, 'ws_b')).toEqual(before.b);
    expect(await enforceRetention(h.db.sql, NOW)).toEqual({ run_trace: 0, outbox: 0, events: 0 });
  });

  it('moves rows of a new month out of DEFAULT when its partition is created', async () => {
    await h.db.sql.query(
      `insert into events (id, workspace_id, customer_id, name, properties, ts, message_id)
       values ('evt_far', 'ws_a', 'cus_1', 'purchase', '{}'::jsonb, '2031-05-02T00:00:00Z', 'far')`,
    );
    expect(await one(h.db, `select count(*)::int as n from events_default where id = 'evt_far'`)).toBe(1);
    await ensurePartitions(h.db.sql, new Date('2031-05-20T00:00:00.000Z'));
    expect(await one(h.db, `select count(*)::int as n from events_p2031_05 where id = 'evt_far'`)).toBe(1);
    expect(await one(h.db, `select count(*)::int as n from events_default`)).toBe(0);
    // Moving a row between partitions neither releases nor claims its key.
    expect(await one(h.db, `select count(*)::int as n from event_keys where message_id = 'far'`)).toBe(1);
  });
});
