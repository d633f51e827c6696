import { systemClock } from '@journeyflow/engine/ports/clock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import { createEngine } from '@journeyflow/engine/runtime/engine';
import { lanesFor, stepDueRunsPipelined } from '@journeyflow/engine/runtime/stepPipeline';
import { useTestDatabase } from '@journeyflow/server/testing/useTestDatabase';
import { describe, expect, it } from 'vitest';
import { countingSqlClient, type SqlCounts } from '../../bench/stepCost';
import { assertExactlyOnce, seedRuns, sleep } from './support/workerProcess';

// The throughput work of issue #15: two batches in flight per worker, and a fixed, small number of
// statements per batch whatever its size (no per-run query in the step loop).
describe('pipelined stepping on PostgreSQL', () => {
  const h = useTestDatabase('postgres');

  it('keeps two small batches in flight, never steps a run twice, and writes each batch with a fixed number of statements', async () => {
    const customers = 600;
    await seedRuns(h.db, customers);
    const counts: SqlCounts = { statements: 0, waitMs: 0 };
    const engine = createEngine(
      { db: countingSqlClient(h.db.sql, counts), clock: systemClock, logger: silentLogger, ids: randomIds },
      { batchSize: 40 },
    );
    expect(lanesFor(engine)).toBe(2);
    let batches = 0;
    let versionLoads = 1;
    const deadline = Date.now() + 60_000;
    for (;;) {
      const [row] = await h.db.sql.query<{ n: number }>(
        `select count(*)::int as n from runs where status = 'completed'`,
      );
      if (Number(row?.n) === customers) break;
      if (Date.now() > deadline) throw new Error(`only ${row?.n} of ${customers} runs completed`);
      const before = counts.statements;
      const totals = await stepDueRunsPipelined(engine);
      batches += totals.batches;
      if (totals.batches > 0) {
        // begin, claim settings (bitmap scans off + async commit, one statement), claim, workspace
        // settings, update runs, trace, outbox, commit — per batch of 40 runs as of 1,000 — plus
        // begin/settings/claim/commit of each empty claim, and once per process the journey version's load
        // (compiled machines are cached).
        const emptyClaims = totals.claims - totals.batches;
        expect(counts.statements - before).toBeLessThanOrEqual(
          totals.batches * 8 + emptyClaims * 4 + versionLoads,
        );
        versionLoads = 0;
      }
      await sleep(300);
    }
    // 600 runs × 4 steps at 40 a batch: many batches, with two lanes racing for the same due rows.
    expect(batches).toBeGreaterThanOrEqual((customers / 40) * 3);
    await assertExactlyOnce(h.db, customers);
  }, 120_000);
});
