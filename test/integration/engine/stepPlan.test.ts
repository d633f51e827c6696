import { claimDueRunsSql, STEP_TRANSACTION_SETTINGS } from '@journeyflow/engine/runtime/claimDueRuns';
import { updateRunsSql } from '@journeyflow/engine/runtime/flushWrites';
import { openTestDatabase, type TestDatabase } from '@journeyflow/server/db/testDatabase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A step batch must cost O(batch) on a mid-sized, never-analysed database too: the planner takes a
// json_to_recordset for 100 rows, so with ~20k runs and customers it hashed the batch and read both whole
// tables on every batch (the runs update and the claim's customer join). With the step transaction's
// settings both look rows up by key.
describe('step batch plans on PostgreSQL (20k unanalysed runs)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase('postgres');
    await db.sql.query(
      `insert into customers (id, workspace_id, external_id, attributes)
       select 'c' || g, 'ws_plan', 'c' || g, '{}'::jsonb from generate_series(1, 20000) g`,
    );
    await db.sql.query(
      `insert into runs (id, workspace_id, journey_id, version, version_id, customer_id, entry_key, status,
         current_node, visits, wake_at, bucket, holdout, snapshot, entered_at, node_entered_at, updated_at)
       select 'r' || g, 'ws_plan', 'j', 1, 'j_v1', 'c' || g, 'c' || g, 'waiting', 'w1', '{}'::jsonb,
         now() - interval '1 minute', g % 100, false, '{}'::jsonb, now(), now(), now()
       from generate_series(1, 20000) g`,
    );
  }, 120_000);
  afterAll(() => db?.dispose());

  const explainInStep = (sql: string, params: unknown[]) =>
    db.sql.transaction(async (tx) => {
      await tx.query(STEP_TRANSACTION_SETTINGS);
      const rows = await tx.query(`explain ${sql}`, params);
      return rows.map((row) => String(Object.values(row)[0])).join('\n');
    });

  it('updates the stepped runs through their key, not a scan of every run', async () => {
    const batch = Array.from({ length: 1000 }, (_, i) => ({ id: `r${i + 1}`, status: 'completed' }));
    const plan = await explainInStep(updateRunsSql, [JSON.stringify(batch), new Date().toISOString()]);
    expect(plan).toMatch(/Index Scan using runs_id_workspace_id_pk on runs r/);
    expect(plan).not.toMatch(/Seq Scan on runs/);
  }, 60_000);

  it('claims with customers looked up by key, not a scan of every customer', async () => {
    const plan = await explainInStep(claimDueRunsSql(false), [new Date().toISOString(), 1000]);
    expect(plan).toContain('Index Scan using runs_due_idx');
    expect(plan).not.toMatch(/Seq Scan on customers/);
  }, 60_000);
});
