import { ingestEvents, type TrackedEvent } from '@journeyflow/engine/ingest/ingestEvents';
import { pgliteEventsPerStatement } from '@journeyflow/engine/ingest/storeEvents';
import type { QueryOptions, SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { createEngine } from '@journeyflow/engine/runtime/engine';
import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EngineHarness } from './support/engineHarness';
import { useEngineHarness } from './support/useEngineHarness';

type Trips = { roundTrips: number; unprepared: string[]; statements: string[] };

/**
 * Counts a transaction's round trips as the engine sees them: BEGIN and COMMIT, plus one for each
 * statement issued while none of the transaction's statements was in flight (statements issued together
 * are pipelined by postgres.js). Statements sent without `prepare` are listed: on PostgreSQL an
 * unprepared statement with parameters costs a second round trip (describe first) and stops the pipeline.
 */
function tripCounter(inner: SqlClient, trips: Trips): SqlClient {
  const inTx = (tx: SqlClient): SqlClient => {
    let inFlight = 0;
    return {
      kind: tx.kind,
      async query(text: string, params?: readonly unknown[], options?: QueryOptions) {
        if (inFlight === 0) trips.roundTrips++;
        if (!options?.prepare) trips.unprepared.push(text.replace(/\s+/g, ' ').slice(0, 60));
        trips.statements.push(text);
        inFlight++;
        try {
          return await tx.query(text, params, options);
        } finally {
          inFlight--;
        }
      },
      transaction: (fn) => tx.transaction((sp) => fn(inTx(sp))),
    } as SqlClient;
  };
  return {
    kind: inner.kind,
    query: (text, params, options) => inner.query(text, params, options),
    transaction(fn) {
      trips.roundTrips += 2;
      return inner.transaction((tx) => fn(inTx(tx)));
    },
  };
}

// Issue #15: event → outbox latency is mostly round trips. An ingest transaction that starts a run and
// writes its message is BEGIN, one statement upserting and locking the customers and inserting the
// events, one pipelined flush of runs/trace/outbox, COMMIT — whether it carries 1 event or 50. PGlite has
// no round trips to save but runs each statement on the server's thread, where a redirect waits for it:
// there the customers get a statement of their own and the events one per `pgliteEventsPerStatement`.
describe.each(databaseKinds)('ingest transaction round trips on %s', (kind) => {
  const h = useEngineHarness(kind);
  const eventStatements = (events: number) =>
    kind === 'pglite' ? Math.ceil(events / pgliteEventsPerStatement) : 0;

  it('stays at four prepared round trips whatever the batch size (on PGlite, short statements), and still writes every message', async () => {
    await h.publish(
      aJourney()
        .entryEvent('order')
        .sms('주문 {{ event.properties.n }} 확인', 'info', { id: 's' })
        // As the bench journey: an info message outside the workspace cap (whose checks read the outbox).
        .settings({ reentry: { mode: 'always' }, bypassWorkspaceCapForInfo: true }),
    );
    await h.customer('known', { attributes: { phone: '010-1111-2222' } });
    const trips: Trips = { roundTrips: 0, unprepared: [], statements: [] };
    const engine = createEngine({ ...h.engine.ports, db: tripCounter(h.sql, trips) });
    const order = (externalId: string, n: number): TrackedEvent => ({
      externalId,
      name: 'order',
      properties: { n },
      messageId: `m${n}`,
    });
    await ingestEvents(engine, h.workspaceId, [order('known', 0)]); // warms the live index
    for (const events of [
      [order('known', 1)],
      Array.from({ length: 50 }, (_, n) => order(`new${n}`, 100 + n)),
    ]) {
      trips.roundTrips = 0;
      trips.statements = [];
      const result = await ingestEvents(engine, h.workspaceId, events);
      expect(result.runsStarted).toBe(events.length);
      expect(trips.roundTrips).toBeLessThanOrEqual(4 + eventStatements(events.length));
      const storing = trips.statements.filter((t) => /insert into (customers|events)/.test(t));
      expect(storing).toHaveLength(1 + eventStatements(events.length));
    }
    expect(trips.unprepared).toEqual([]);
    expect(await h.outbox()).toHaveLength(52);
  });
});

describe('customer creation racing another transaction on postgres', () => {
  let h: EngineHarness;
  beforeAll(async () => {
    h = await EngineHarness.open('postgres');
  });
  afterAll(() => h?.dispose());

  it('an event for a customer another transaction creates meanwhile lands on that customer', async () => {
    await h.reset();
    await h.publish(aJourney().entryEvent('order').sms('주문 확인', 'info', { id: 's' }));
    await h.track('warm', 'other'); // the live index, outside the race
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inserted = () => {};
    const insertedYet = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const holder = h.sql.transaction(async (tx) => {
      await tx.query(
        `insert into customers (id, workspace_id, external_id, phone, created_at, updated_at)
         values ('cus_race', $1, 'racer', '010-3333-4444', now(), now())`,
        [h.workspaceId],
      );
      inserted();
      await gate;
    });
    await insertedYet;
    const ingest = h.track('racer', 'order', {}, { messageId: 'race-1' });
    // Wait until the ingest statement blocks on the uncommitted customer, then let that commit.
    for (let i = 0; i < 200; i++) {
      const [row] = await h.sql.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
      );
      if (Number(row?.n) > 0) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    release();
    await holder;
    expect((await ingest).accepted).toBe(1);
    const events = await h.sql.query<{ customer_id: string }>(
      `select customer_id from events where message_id = 'race-1'`,
    );
    expect(events).toEqual([{ customer_id: 'cus_race' }]);
    const customers = await h.sql.query(`select id from customers where external_id = 'racer'`);
    expect(customers).toHaveLength(1);
    expect(await h.outbox()).toHaveLength(1);
  });
});
