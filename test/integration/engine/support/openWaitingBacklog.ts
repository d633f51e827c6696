import type { DatabaseKind } from '@journeyflow/server/db/database';
import { openTestDatabase, type TestDatabase } from '@journeyflow/server/db/testDatabase';

export type WaitingBacklog = {
  /** How many customers, each with one waiting run: customers `c1…cN`, runs `r1…rN` in workspace `ws_plan`. */
  count: number;
  /** SQL expression of run `g`'s wake time (`g` is the row's number in generate_series). */
  wakeAtSql: string;
  /** SQL literal of every run's snapshot. */
  snapshotSql?: string;
};

/** A fresh test database holding a backlog of waiting runs, for the plan tests of the step's queries. */
export async function openWaitingBacklog(
  kind: DatabaseKind,
  { count, wakeAtSql, snapshotSql = `'{}'::jsonb` }: WaitingBacklog,
): Promise<TestDatabase> {
  const db = await openTestDatabase(kind);
  await db.sql.query(
    `insert into customers (id, workspace_id, external_id, attributes)
     select 'c' || g, 'ws_plan', 'c' || g, '{}'::jsonb from generate_series(1, ${count}) g`,
  );
  await db.sql.query(
    `insert into runs (id, workspace_id, journey_id, version, version_id, customer_id, entry_key, status,
       current_node, visits, wake_at, bucket, holdout, snapshot, entered_at, node_entered_at, updated_at)
     select 'r' || g, 'ws_plan', 'j', 1, 'j_v1', 'c' || g, 'c' || g, 'waiting', 'w1', '{}'::jsonb,
       ${wakeAtSql}, g % 100, false, ${snapshotSql}, now(), now(), now()
     from generate_series(1, ${count}) g`,
  );
  return db;
}
