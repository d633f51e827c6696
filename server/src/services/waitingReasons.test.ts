import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../db/testDatabase';
import { listJourneyRuns } from './runsService';
import { waitingReasons } from './waitingReasons';

const WS = 'ws_wait';

describe.each(databaseKinds)('waiting customers explained on %s', (kind) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await db.sql.query(`insert into workspaces (id, name, timezone) values ($1, 'Wait', 'Asia/Seoul')`, [WS]);
    await db.sql.query(
      `insert into journeys (id, workspace_id, name, graph, settings, content_hash, status, draft_status)
       values ('jrn_w', $1, 'W', '{"nodes":[],"edges":[]}', '{}'::jsonb, 'h', 'live', 'draft')`,
      [WS],
    );
    for (let i = 0; i < 5; i++) {
      await db.sql.query(
        `insert into customers (id, workspace_id, external_id, phone, attributes) values ($1, $2, $3, '01012345678', '{"name": "김민준"}')`,
        [`cus_${i}`, WS, `c${i}`],
      );
      // Three wait for quiet hours to end at 08:00 Seoul (23:00 UTC), one waits 3 days, one for an event.
      const [wake, code, event] =
        i < 3
          ? ['2026-12-03T23:00:00Z', 'send.quiet_delayed', null]
          : i === 3
            ? ['2026-12-06T01:30:00Z', 'wait.waiting', null]
            : [null, 'wait.event_waiting', 'purchase'];
      await db.sql.query(
        `insert into runs (id, workspace_id, journey_id, version, version_id, customer_id, entry_key, status,
           current_node, bucket, snapshot, wake_at, waiting_event, entered_at, node_entered_at, updated_at)
         values ($1, $2, 'jrn_w', 1, 'jrn_w_v1', $3, $1, 'waiting', 'coupon', 0, '{}', $4, $5, now(), now(), now())`,
        [`run_${i}`, WS, `cus_${i}`, wake, event],
      );
      await db.sql.query(
        `insert into run_trace (id, run_id, workspace_id, customer_id, journey_id, version, node_id, node_type,
           reason, code, kind, seq, at)
         values ($1, $2, $3, $4, 'jrn_w', 1, 'coupon', 'send', 'r', 'send.entered', 'entered', 1, now()),
                ($1 || 'b', $2, $3, $4, 'jrn_w', 1, 'coupon', 'send', 'r', $5, 'waiting', 2, now())`,
        [`trc_${i}`, `run_${i}`, WS, `cus_${i}`, code],
      );
    }
  }, 120_000);
  afterAll(() => db?.dispose());

  it('groups waiting customers by their last reason on the node and local wake-up time', async () => {
    const { groups } = await waitingReasons(db.sql, WS, 'jrn_w', 'coupon');
    expect(groups).toEqual([
      { code: 'send.quiet_delayed', until: '08:00', day: '2026-12-04', event: null, count: 3 },
      { code: 'wait.waiting', until: '10:30', day: '2026-12-06', event: null, count: 1 },
      { code: 'wait.event_waiting', until: null, day: null, event: 'purchase', count: 1 },
    ]);
  });

  it('names customers on a node with their phone masked (and the name masked for marketers)', async () => {
    const [marketer] = await listJourneyRuns(db.sql, WS, 'jrn_w', { nodeId: 'coupon', limit: 1 }, 'marketer');
    expect(marketer).toMatchObject({ customerName: '김*준', phoneMasked: '010-****-5678' });
    const [reviewer] = await listJourneyRuns(db.sql, WS, 'jrn_w', { nodeId: 'coupon', limit: 1 }, 'reviewer');
    expect(reviewer).toMatchObject({ customerName: '김민준', phoneMasked: '010-****-5678' });
  });
});
