import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../db/testDatabase';
import { insertLiveJourney } from '../../testing/insertLiveJourney';
import { journeyReport } from './journeyReport';

const WS = 'ws_attr';
const CUSTOMERS = 40;
const T0 = Date.parse('2026-03-01T00:00:00Z');
const hour = 3_600_000;
const day = 24 * hour;
const at = (ms: number) => new Date(T0 + ms).toISOString();

/** Purchase of customer i: when (after T0) and how much; i % 4 = 3 buys after every window closed. */
const purchaseAt = (i: number) => [12 * hour, 2 * day, 5 * day, 9 * day][i % 4] ?? 0;
const amount = (i: number) => 1_000 * (i + 1);
/** Journey B: customers below 30 entered a day after A; every tenth of them is B's holdout. */
const inB = (i: number) => i < 30;
const bHoldout = (i: number) => i % 10 === 9;

/** Where each purchase belongs, the slow obvious way: the latest touch whose window still covers it. */
function expected() {
  const out = { A: { converted: 0, revenue: 0 }, B: { converted: 0, revenue: 0 }, attributed: 0 };
  for (let i = 0; i < CUSTOMERS; i++) {
    const ts = purchaseAt(i);
    const bCovers = inB(i) && !bHoldout(i) && ts >= day && ts <= 4 * day;
    const aCovers = ts <= 7 * day;
    const owner = bCovers ? out.B : aCovers ? out.A : null;
    if (!owner) continue;
    owner.converted += 1;
    owner.revenue += amount(i);
    out.attributed += amount(i);
  }
  return out;
}

describe.each(databaseKinds)('goal attribution across overlapping journeys on %s', (kind) => {
  let db: TestDatabase;

  const journey = (id: string, settings: object) => insertLiveJourney(db.sql, WS, id, settings);
  const run = (
    id: string,
    journeyId: string,
    i: number,
    enteredAt: string,
    holdout = false,
    trigger?: object,
  ) =>
    db.sql.query(
      `insert into runs (id, workspace_id, journey_id, version, version_id, customer_id, entry_key, status,
         current_node, bucket, holdout, snapshot, trigger_event, entered_at, node_entered_at, updated_at)
       values ($1, $2, $3, 1, $3 || '_v1', $4, $1, 'waiting', 'wait', 0, $5, '{}'::jsonb, $6::text::jsonb, $7, $7, $7)`,
      [id, WS, journeyId, `cus_${i}`, holdout, trigger ? JSON.stringify(trigger) : null, enteredAt],
    );

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await db.sql.query(`insert into workspaces (id, name) values ($1, 'Attribution')`, [WS]);
    await journey('jrn_a', { goal: { event: 'purchase' }, timezone: 'Asia/Seoul' });
    await journey('jrn_b', { goal: { event: 'purchase' }, attributionWindowSeconds: 3 * 86_400 });
    // C enters on a purchase: the purchase that started a run is not that run's conversion.
    await journey('jrn_c', { goal: { event: 'purchase' } });
    for (let i = 0; i < CUSTOMERS; i++) {
      await db.sql.query(`insert into customers (id, workspace_id, external_id) values ($1, $2, $3)`, [
        `cus_${i}`,
        WS,
        `c${i}`,
      ]);
      const event = {
        id: `evt_${i}`,
        name: 'purchase',
        properties: { amount: amount(i) },
        ts: at(purchaseAt(i)),
      };
      await db.sql.query(
        `insert into events (id, workspace_id, customer_id, name, properties, ts, message_id)
         values ($1, $2, $3, 'purchase', $4::text::jsonb, $5, $1)`,
        [event.id, WS, `cus_${i}`, JSON.stringify(event.properties), event.ts],
      );
      await run(`run_a_${i}`, 'jrn_a', i, at(0));
      if (inB(i)) await run(`run_b_${i}`, 'jrn_b', i, at(day), bHoldout(i));
      if (i < 4) await run(`run_c_${i}`, 'jrn_c', i, event.ts, false, event);
    }
    // A purchase of a customer in no journey is nobody's.
    await db.sql.query(`insert into customers (id, workspace_id, external_id) values ('cus_x', $1, 'cx')`, [
      WS,
    ]);
    await db.sql.query(
      `insert into events (id, workspace_id, customer_id, name, properties, ts, message_id)
       values ('evt_x', $1, 'cus_x', 'purchase', '{"amount": 5}', $2, 'evt_x')`,
      [WS, at(day)],
    );
  }, 120_000);
  afterAll(() => db?.dispose());

  it('counts each purchase once: the journeys’ totals are the sum of the attributed purchases in the database', async () => {
    const want = expected();
    const a = await journeyReport(db.sql, WS, 'jrn_a', {});
    const b = await journeyReport(db.sql, WS, 'jrn_b', {});
    const c = await journeyReport(db.sql, WS, 'jrn_c', {});
    expect({ converted: a.converted, revenue: a.revenue }).toEqual(want.A);
    expect({ converted: b.converted, revenue: b.revenue }).toEqual(want.B);
    expect({ converted: c.converted, revenue: c.revenue }).toEqual({ converted: 0, revenue: 0 });
    const [inWindow] = await db.sql.query<{ total: number }>(
      `select coalesce(sum((properties ->> 'amount')::float8), 0)::float8 as total from events
        where workspace_id = $1 and name = 'purchase' and customer_id <> 'cus_x' and ts <= $2`,
      [WS, at(7 * day)],
    );
    expect(a.revenue + b.revenue + c.revenue).toBe(Number(inWindow?.total));
    expect(a.revenue + b.revenue + c.revenue).toBe(want.attributed);
    expect(b.holdout?.control.customers).toBe(3);
  });

  it('says which rule each report uses', async () => {
    const b = await journeyReport(db.sql, WS, 'jrn_b', {});
    expect(b.attribution).toEqual({ model: 'last_touch', goalEvent: 'purchase', windowSeconds: 3 * 86_400 });
    const a = await journeyReport(db.sql, WS, 'jrn_a', {});
    expect(a.attribution?.windowSeconds).toBe(7 * 86_400);
  });
});
