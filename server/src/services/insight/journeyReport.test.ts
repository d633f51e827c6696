import type { Channel } from '@journeyflow/shared/messaging/channelContent';
import { defaultChannelPrices } from '@journeyflow/shared/messaging/channelSettings';
import { messageTypeOf } from '@journeyflow/shared/messaging/messageTypeOf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../db/testDatabase';
import { journeyReport } from './journeyReport';

const WS = 'ws_report';
const JOURNEY = 'jrn_report';
const RUNS = 5_000;
/** Customers 0..OVERLAP-1 entered twice, an hour apart. */
const OVERLAP = 100;
/** 2026-02-01 00:00 in Seoul. */
const BASE = '2026-01-31T15:00:00Z';

/**
 * Reference numbers of the dataset below, computed the slow, obvious way: customer i entered on
 * local day i % 10 (plus a second run an hour later for i < OVERLAP); i % 7 = 0 is the holdout;
 * i % 4 = 0 bought for 10,000 KRW a day after entering, i % 4 = 2 for '2,500' as a string, i % 4 = 1
 * eight days later (outside the 7-day window); treatment runs got one SMS/LMS/MMS by i % 3, and
 * i % 5 = 0 also an AlimTalk; the split sent even customers to branch a.
 */
function expected() {
  const entries = new Map<string, number>();
  const t = { n: 0, converted: 0, revenue: 0 };
  const c = { n: 0, converted: 0 };
  let cost = 0;
  const branch = { a: { n: 0, converted: 0 }, b: { n: 0, converted: 0 } };
  for (let i = 0; i < RUNS; i++) {
    const day = `2026-02-${String(1 + (i % 10)).padStart(2, '0')}`;
    const holdout = i % 7 === 0;
    const amount = i % 4 === 0 ? 10_000 : i % 4 === 2 ? 2_500 : 0;
    const runs = i < OVERLAP ? 2 : 1;
    entries.set(day, (entries.get(day) ?? 0) + runs);
    for (let k = 0; k < runs; k++) {
      // The purchase belongs to the latest run that entered before it.
      const owns = amount > 0 && k === runs - 1;
      if (holdout) {
        c.n += 1;
        if (owns) c.converted += 1;
        continue;
      }
      t.n += 1;
      if (owns) {
        t.converted += 1;
        t.revenue += amount;
      }
      cost += [defaultChannelPrices.SMS, defaultChannelPrices.LMS, defaultChannelPrices.MMS][i % 3] ?? 0;
      if (i % 5 === 0) cost += defaultChannelPrices.ALIMTALK;
      const b = i % 2 === 0 ? branch.a : branch.b;
      b.n += 1;
      if (owns) b.converted += 1;
    }
  }
  return { entries, t, c, cost, branch };
}

describe.each(databaseKinds)('journey report aggregated in SQL on %s', (kind) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await db.sql.query(`insert into workspaces (id, name) values ($1, 'Report')`, [WS]);
    await db.sql.query(
      `insert into journeys (id, workspace_id, name, graph, settings, content_hash, status, draft_status)
       values ($1, $2, 'Report', '{"nodes":[],"edges":[]}', $3::text::jsonb, 'h', 'live', 'draft')`,
      [JOURNEY, WS, JSON.stringify({ goal: { event: 'purchase' }, timezone: 'Asia/Seoul' })],
    );
    await db.sql.query(
      `insert into customers (id, workspace_id, external_id)
       select 'cus_' || i, $1, 'c' || i from generate_series(0, $2::int - 1) i`,
      [WS, RUNS],
    );
    // Runs: one per customer, a second an hour later for the first OVERLAP customers.
    await db.sql.query(
      `insert into runs (id, workspace_id, journey_id, version, version_id, customer_id, entry_key, status,
         current_node, bucket, holdout, snapshot, entered_at, node_entered_at, updated_at)
       select 'run_' || i || '_' || k, $1, $2, 1, $2 || '_v1', 'cus_' || i, i || '_' || k, 'completed', 'end', i % 100,
              i % 7 = 0, '{}'::jsonb, at, at, at
         from generate_series(0, $3::int - 1) i
         cross join generate_series(0, 1) k
         cross join lateral (select $4::timestamptz + make_interval(days => i % 10, secs => i % 3600 + k * 3600) as at) e
        where k = 0 or i < $5::int`,
      [WS, JOURNEY, RUNS, BASE, OVERLAP],
    );
    await db.sql.query(
      `insert into events (id, workspace_id, customer_id, name, properties, ts, message_id)
       select 'evt_' || i, $1, 'cus_' || i, 'purchase',
              case when i % 4 = 2 then '{"amount": "2500"}'::jsonb else '{"amount": 10000}'::jsonb end,
              $2::timestamptz + make_interval(days => i % 10 + case when i % 4 = 1 then 8 else 1 end, secs => i % 3600),
              'evt_' || i
         from generate_series(0, $3::int - 1) i where i % 4 <> 3`,
      [WS, BASE, RUNS],
    );
    await db.sql.query(
      `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
         customer_id, external_id, channel, purpose, status, content, rendered)
       select 'msg_' || r.id || '_' || m.channel, $1, $2, 1, r.id, 'send', 1, r.id || m.channel, r.customer_id, 'x',
              m.channel, 'info', m.status, '{}'::jsonb, m.rendered
         from runs r
         cross join lateral (select substr(r.customer_id, 5)::int as i) n
         cross join lateral (values
           ('sms', 'delivered', case n.i % 3
              when 0 then '{"text": "Hello, 쿠폰 도착"}'::jsonb
              when 1 then jsonb_build_object('text', repeat('가', 46))
              else '{"text": "사진", "imageUrl": "https://img.example/p.png"}'::jsonb end),
           ('alimtalk', case when n.i % 5 = 0 then 'sent' else 'failed' end, '{"templateCode": "T"}'::jsonb),
           ('push', 'delivered', '{"title": "t", "body": "b"}'::jsonb)
         ) as m(channel, status, rendered)
        where r.journey_id = $2 and not r.holdout`,
      [WS, JOURNEY],
    );
    await db.sql.query(
      `insert into run_trace (id, run_id, workspace_id, customer_id, journey_id, version, node_id, node_type, handle,
         reason, kind, seq, at)
       select 'trc_' || r.id, r.id, $1, r.customer_id, $2, 1, 'ab', 'split.random',
              case when substr(r.customer_id, 5)::int % 2 = 0 then 'a' else 'b' end, 'bucket', 'left', 1, r.entered_at
         from runs r where r.journey_id = $2`,
      [WS, JOURNEY],
    );
  }, 120_000);
  afterAll(() => db?.dispose());

  it('matches the reference numbers for 5,000 customers across ten days (SQL aggregates, nothing per run in memory)', async () => {
    const want = expected();
    const report = await journeyReport(db.sql, WS, JOURNEY, {});
    expect(report.entries).toEqual([...want.entries].sort().map(([day, count]) => ({ day, count })));
    expect(report.converted).toBe(want.t.converted);
    expect(report.conversionRate).toBeCloseTo(want.t.converted / want.t.n, 9);
    expect(report.revenue).toBe(want.t.revenue);
    expect(report.cost).toBe(want.cost);
    expect(report.roi).toBeCloseTo((want.t.revenue - want.cost) / want.cost, 9);
    expect(report.holdout?.treatment).toEqual({
      customers: want.t.n,
      converted: want.t.converted,
      rate: want.t.converted / want.t.n,
    });
    expect(report.holdout?.control).toMatchObject({ customers: want.c.n, converted: want.c.converted });
    expect(report.branches?.['ab:a']).toMatchObject({
      entered: want.branch.a.n,
      converted: want.branch.a.converted,
      winner: true,
    });
    expect(report.branches?.['ab:b']).toMatchObject({
      entered: want.branch.b.n,
      converted: want.branch.b.converted,
      winner: false,
    });
  });

  it('filters by local day in the journey timezone', async () => {
    const report = await journeyReport(db.sql, WS, JOURNEY, { from: '2026-02-03', to: '2026-02-04' });
    const want = expected();
    expect(report.entries).toEqual([
      { day: '2026-02-03', count: want.entries.get('2026-02-03') },
      { day: '2026-02-04', count: want.entries.get('2026-02-04') },
    ]);
    expect(report.holdout?.treatment.customers).toBeGreaterThan(0);
    const tomorrow = await journeyReport(db.sql, WS, JOURNEY, { from: '2026-02-11', to: '2026-02-11' });
    expect(tomorrow).toMatchObject({ entries: [{ day: '2026-02-11', count: 0 }], converted: 0, cost: 0 });
    expect(tomorrow.roi).toBeNull();
    expect(tomorrow.branches).toBeUndefined();
  });

  it('prices each message by the same billable type as messageTypeOf (SMS/LMS by EUC-KR bytes, MMS, Kakao)', async () => {
    const messages: [Channel, Record<string, unknown>][] = [
      ['sms', { text: 'a'.repeat(90) }],
      ['sms', { text: 'a'.repeat(91) }],
      ['sms', { text: '가'.repeat(45) }],
      ['sms', { text: `${'가'.repeat(44)}a😀` }],
      ['sms', { text: '짧은 문자', subject: '제목' }],
      ['sms', { text: '짧은 문자', subject: '' }],
      ['sms', { text: '사진', imageUrl: 'https://img.example/a.png' }],
      ['sms', { text: 42 }],
      ['alimtalk', { templateCode: 'T' }],
      ['brandmessage', { text: '(광고) 세일' }],
      ['email', { subject: 's', html: '<p>x</p>' }],
    ];
    await db.sql.query(
      `insert into journeys (id, workspace_id, name, graph, settings, content_hash, status, draft_status)
       values ('jrn_types', $1, 'Types', '{"nodes":[],"edges":[]}', '{}'::jsonb, 'h', 'live', 'draft')`,
      [WS],
    );
    await db.sql.query(
      `insert into runs (id, workspace_id, journey_id, version, version_id, customer_id, entry_key, status,
         current_node, bucket, snapshot, entered_at, node_entered_at, updated_at)
       values ('run_types', $1, 'jrn_types', 1, 'jrn_types_v1', 'cus_1', 'types', 'completed', 'end', 0, '{}', $2, $2, $2)`,
      [WS, BASE],
    );
    for (const [i, [channel, rendered]] of messages.entries()) {
      await db.sql.query(
        `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
           customer_id, external_id, channel, purpose, status, content, rendered)
         values ($1, $2, 'jrn_types', 1, 'run_types', 'send', 1, $1, 'cus_1', 'c1', $3, 'info', 'sent', '{}', $4::text::jsonb)`,
        [`msg_types_${i}`, WS, channel, JSON.stringify(rendered)],
      );
    }
    const want = messages.reduce((sum, [channel, rendered]) => {
      const type = messageTypeOf(channel, rendered);
      return sum + (type ? defaultChannelPrices[type] : 0);
    }, 0);
    const report = await journeyReport(db.sql, WS, 'jrn_types', {});
    expect(report.cost).toBe(want);
  });
});
