import { claimDueRuns, claimDueRunsSql } from '@journeyflow/engine/runtime/claimDueRuns';
import type { TestDatabase } from '@journeyflow/server/db/testDatabase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWaitingBacklog } from './support/openWaitingBacklog';

// The due-run claim must stay O(batch) with many customers and a large due backlog: ordered index scan on
// runs_due_idx (no bitmap scan + sort of every due row) and customers looked up by their key (no hash of
// the whole customers table, which a join on `id` alone produced with freshly loaded, unanalysed data).
describe('due-run claim plan on PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openWaitingBacklog('postgres', {
      count: 150_000,
      wakeAtSql: `case when g <= 20000 then now() - interval '1 minute' else now() + interval '30 days' end`,
    });
  }, 120_000);
  afterAll(() => db?.dispose());

  it('walks runs_due_idx in order and looks customers up by key', async () => {
    const plan = await db.sql.transaction(async (tx) => {
      await tx.query('set local enable_bitmapscan = off');
      const rows = await tx.query(`explain ${claimDueRunsSql(false)}`, [new Date().toISOString(), 1000]);
      return rows.map((row) => String(Object.values(row)[0])).join('\n');
    });
    expect(plan).toContain('Index Scan using runs_due_idx');
    expect(plan).not.toMatch(/Seq Scan on customers/);
    expect(plan).not.toMatch(/Bitmap Heap Scan on runs/);
  }, 60_000);
});

// PGlite plans the claim the same way, so the step transaction must carry the setting there too: without
// it, a 1,000-run claim over 20,000 due runs sorted all of them on disk (220 ms instead of 36 ms).
describe('due-run claim plan on PGlite', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openWaitingBacklog('pglite', {
      count: 20_000,
      wakeAtSql: `now() - interval '1 minute' + g * interval '1 millisecond'`,
      snapshotSql: `'{"seq":3}'::jsonb`,
    });
  }, 120_000);
  afterAll(() => db?.dispose());

  it("claims in wake order through runs_due_idx, with each run's customer", async () => {
    const { plan, rows } = await db.sql.transaction(async (tx) => {
      const claimed = await claimDueRuns(tx, new Date(), 1000);
      const explained = await tx.query(`explain ${claimDueRunsSql(false)}`, [new Date().toISOString(), 1000]);
      // The batch's write-back (flushWrites) in the same transaction: runs found by key, not by a scan.
      const update = await tx.query(
        `explain update runs r set status = u.status from json_to_recordset($1::text::json) as u(id text, status text)
          where r.id = u.id`,
        [JSON.stringify(claimed.map((row) => ({ id: row.id, status: 'completed' })))],
      );
      const plan = [...explained, ...update].map((row) => String(Object.values(row)[0])).join('\n');
      return { rows: claimed, plan };
    });
    expect(plan).toContain('Index Scan using runs_due_idx');
    expect(plan).not.toMatch(/Bitmap Heap Scan on runs/);
    expect(plan).not.toMatch(/Seq Scan on runs/);
    expect(rows).toHaveLength(1000);
    expect(rows.map((row) => row.id)).toEqual(Array.from({ length: 1000 }, (_, i) => `r${i + 1}`));
    expect(rows[0]).toMatchObject({
      customer_id: 'c1',
      cust_id: 'c1',
      cust_workspace_id: 'ws_plan',
      bucket: 1,
    });
    expect(new Date(String(rows[0]?.wake_at)).getTime()).toBeLessThan(Date.now());
  }, 60_000);
});
