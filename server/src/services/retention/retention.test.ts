import { describe, expect, it } from 'vitest';
import { databaseKinds, type TestDatabase } from '../../db/testDatabase';
import { useTestDatabase } from '../../testing/useTestDatabase';
import { enforceRetention } from './enforceRetention';
import { nodeCounts, retentionRows } from './testing/retentionRows';

// Retention with a fake clock (issue 15): expired trace lines, messages and events are deleted in
// bounded batches, and the journey's stats read exactly the same numbers afterwards (daily roll-ups).
const NOW = new Date('2026-06-15T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

const seed = async (db: TestDatabase) => {
  await db.sql.query(
    `insert into workspaces (id, name, retention) values ('ws_a', 'A', null), ('ws_b', 'B', '{"traceDays":400}'::jsonb)`,
  );
  const { trace, message } = retentionRows(db.sql);
  for (const ws of ['ws_a', 'ws_b']) {
    for (const at of [daysAgo(200), daysAgo(200), daysAgo(190), daysAgo(10)]) {
      await trace(ws, 'sms', 'left', at);
      await trace(ws, 'wait', 'left', at);
    }
    await trace(ws, 'sms', 'note', daysAgo(300));
    await message(ws, 'sent', daysAgo(430));
    await message(ws, 'failed', daysAgo(420));
    await message(ws, 'sent', daysAgo(430), true);
    await message(ws, 'queued', daysAgo(430));
    await message(ws, 'delivered', daysAgo(30));
  }
  for (const [id, ts] of [
    ['evt_old', daysAgo(800)],
    ['evt_new', daysAgo(30)],
  ] as const) {
    await db.sql.query(
      `insert into events (id, workspace_id, customer_id, name, properties, ts, message_id)
       values ($1, 'ws_a', 'cus_1', 'purchase', '{}'::jsonb, $2::timestamptz, $1)`,
      [id, ts],
    );
  }
};

const counts = (db: TestDatabase, ws: string) => nodeCounts(db.sql, ws);

const rowCount = async (db: TestDatabase, table: string, ws: string) => {
  const [row] = await db.sql.query<{ n: number }>(
    `select count(*)::int as n from ${table} where workspace_id = $1`,
    [ws],
  );
  return Number(row?.n);
};

describe.each(databaseKinds)('retention on %s', (kind) => {
  const h = useTestDatabase(kind, seed);

  it('deletes only expired rows, in bounded batches, and keeps every stats number', async () => {
    const before = { a: await counts(h.db, 'ws_a'), b: await counts(h.db, 'ws_b') };
    expect(before.a.sms).toMatchObject({ entered: 4, completed: 4, sent: 3, failed: 1 });

    // A run bounded to one batch of 2 rows per table takes 2 of workspace A's 7 expired trace lines.
    const bounded = await enforceRetention(h.db.sql, NOW, { batchSize: 2, maxBatches: 1 });
    expect(bounded.run_trace).toBe(2); // workspace B keeps 400 days of trace: none of its lines expired
    expect(await counts(h.db, 'ws_a')).toEqual(before.a);

    await enforceRetention(h.db.sql, NOW, { batchSize: 2, maxBatches: 100 });
    // A: 180 days of trace, so only its two 10-day-old lines stay; B (400 days) keeps all nine.
    expect(await rowCount(h.db, 'run_trace', 'ws_a')).toBe(2);
    expect(await rowCount(h.db, 'run_trace', 'ws_b')).toBe(9);
    // 13 months of messages: the queued one waits for delivery and stays; sent, failed and test go.
    const outbox = await h.db.sql.query<{ status: string }>(
      `select status from outbox where workspace_id = 'ws_a' order by status`,
    );
    expect(outbox.map((r) => r.status)).toEqual(['delivered', 'queued']);
    expect(await rowCount(h.db, 'events', 'ws_a')).toBe(1);

    expect(await counts(h.db, 'ws_a')).toEqual(before.a);
    expect(await counts(h.db, 'ws_b')).toEqual(before.b);
  });

  it('keeps expired events as daily counts, and a second run changes nothing', async () => {
    const [events] = await h.db.sql.query<{ n: number }>(
      `select sum(count)::int as n from daily_rollups where workspace_id = 'ws_a' and metric = 'event:purchase'`,
    );
    expect(Number(events?.n)).toBe(1);
    const again = await enforceRetention(h.db.sql, NOW);
    expect(again).toEqual({ run_trace: 0, outbox: 0, events: 0 });
    const before = await counts(h.db, 'ws_a');
    expect(before.sms).toMatchObject({ entered: 4, completed: 4, sent: 3, failed: 1 });
  });

  it('never counts a test send', async () => {
    const [row] = await h.db.sql.query<{ n: number }>(
      `select coalesce(sum(count), 0)::int as n from daily_rollups where workspace_id = 'ws_a'
          and metric = 'outbox:sent'`,
    );
    expect(Number(row?.n)).toBe(1);
  });
});
