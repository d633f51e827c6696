import { claimDueRunsSql, STEP_TRANSACTION_SETTINGS } from '@journeyflow/engine/runtime/claimDueRuns';
import { updateRunsSql } from '@journeyflow/engine/runtime/flushWrites';
import type { TestDatabase } from '@journeyflow/server/db/testDatabase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWaitingBacklog } from './support/openWaitingBacklog';

// A step batch must cost O(batch) on a mid-sized, never-analysed database too: the planner takes a
// json_to_recordset for 100 rows, so with ~20k runs and customers it hashed the batch and read both whole
// tables on every batch (the runs update and the claim's customer join). With the step transaction's
// settings both look rows up by key.
describe('step batch plans on PostgreSQL (20k unanalysed runs)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openWaitingBacklog('postgres', { count: 20_000, wakeAtSql: `now() - interval '1 minute'` });
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
