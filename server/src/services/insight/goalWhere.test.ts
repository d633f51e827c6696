import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../db/testDatabase';
import { insertLiveJourney } from '../../testing/insertLiveJourney';
import { journeyReport } from './journeyReport';

const WS = 'ws_goal_where';
const T0 = Date.parse('2026-03-01T00:00:00Z');
const hour = 3_600_000;
const at = (ms: number) => new Date(T0 + ms).toISOString();

/**
 * Issue 16 "conversion counted only for customers who reached the goal": a goal with a `where` converts
 * a run only on events matching it (as the engine does), so the report counts only those — and another
 * journey whose goal `where` rejects a purchase does not take it away by last touch.
 */
describe.each(databaseKinds)('goal where in the journey report on %s', (kind) => {
  let db: TestDatabase;

  const journey = (id: string, settings: object) => insertLiveJourney(db.sql, WS, id, settings);
  const run = (journeyId: string, enteredAt: string) =>
    db.sql.query(
      `insert into runs (id, workspace_id, journey_id, version, version_id, customer_id, entry_key, status,
         current_node, bucket, holdout, snapshot, trigger_event, entered_at, node_entered_at, updated_at)
       values ($1 || '_run', $2, $1, 1, $1 || '_v1', 'cus_1', $1, 'waiting', 'wait', 0, false, '{}'::jsonb,
         null, $3, $3, $3)`,
      [journeyId, WS, enteredAt],
    );
  const purchase = (id: string, amount: number, ts: string) =>
    db.sql.query(
      `insert into events (id, workspace_id, customer_id, name, properties, ts, message_id)
       values ($1, $2, 'cus_1', 'purchase', $3::text::jsonb, $4, $1)`,
      [id, WS, JSON.stringify({ amount }), ts],
    );

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await db.sql.query(`insert into workspaces (id, name) values ($1, 'Goal where')`, [WS]);
    await db.sql.query(
      `insert into customers (id, workspace_id, external_id, grade) values ('cus_1', $1, 'c1', 'gold')`,
      [WS],
    );
    // Any purchase converts "all"; only one of 50,000 or more converts "big"; "vip" only VIP customers.
    await journey('jrn_all', { goal: { event: 'purchase' } });
    await journey('jrn_big', {
      goal: { event: 'purchase', where: { trigger: 'properties.amount', op: 'gte', value: 50_000 } },
    });
    await journey('jrn_vip', {
      goal: {
        event: 'purchase',
        where: {
          all: [
            { attribute: 'grade', op: 'eq', value: 'VIP' },
            { trigger: 'properties.amount', op: 'gte', value: 0 },
          ],
        },
      },
    });
    await run('jrn_all', at(0));
    await run('jrn_big', at(hour));
    await run('jrn_vip', at(2 * hour));
    await purchase('evt_small', 10_000, at(3 * hour));
    await purchase('evt_big', 60_000, at(4 * hour));
  }, 120_000);
  afterAll(() => db?.dispose());

  it('counts only the purchase matching the goal, and the other one stays with the journey it matches', async () => {
    const big = await journeyReport(db.sql, WS, 'jrn_big', {});
    const all = await journeyReport(db.sql, WS, 'jrn_all', {});
    const vip = await journeyReport(db.sql, WS, 'jrn_vip', {});
    expect({ converted: big.converted, revenue: big.revenue }).toEqual({ converted: 1, revenue: 60_000 });
    expect({ converted: all.converted, revenue: all.revenue }).toEqual({ converted: 1, revenue: 10_000 });
    // A gold customer never reaches the VIP goal: neither purchase is counted there.
    expect({ converted: vip.converted, revenue: vip.revenue }).toEqual({ converted: 0, revenue: 0 });
  });
});
