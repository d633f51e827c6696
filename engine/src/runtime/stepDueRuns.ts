import { customerFromJoinedRow } from '../step/customerRecord';
import { runFromRow } from '../step/runRecord';
import { advanceRun, endRun } from './advanceRun';
import { claimDueRuns } from './claimDueRuns';
import { createStepEnv, type Engine } from './engine';
import { flushWrites } from './flushWrites';

/** How long a run whose version cannot be loaded waits before it is tried again. */
const DEFER_UNLOADABLE_MS = 60 * 60 * 1000;

export type StepBatchResult = { readonly claimed: number; readonly steps: number };

/**
 * Claims up to `batchSize` due runs with `FOR UPDATE SKIP LOCKED` (so workers never step the same run),
 * steps each to its next wait or end, and writes runs, trace and outbox in the same transaction.
 */
export async function stepDueRuns(
  engine: Engine,
  limit = engine.options.batchSize,
  /** Only runs of this version (the test-run simulator must not touch real runs). */
  onlyVersionId?: string,
): Promise<StepBatchResult> {
  const { db, clock } = engine.ports;
  return db.transaction(async (tx) => {
    const now = clock.now();
    const rows = await claimDueRuns(tx, now, limit, onlyVersionId);
    if (rows.length === 0) return { claimed: 0, steps: 0 };
    const env = createStepEnv(engine, tx, now);
    const runs = rows.map(runFromRow);
    for (const row of rows) {
      if (row.cust_id !== null && row.cust_id !== undefined) {
        env.customers.set(String(row.cust_id), customerFromJoinedRow(row));
      }
    }
    await engine.versions.load(
      tx,
      runs.map((r) => r.versionId),
    );
    for (const run of runs) {
      const version = engine.versions.peek(run.versionId);
      const loadError = version ? undefined : engine.versions.loadError(run.versionId);
      if (loadError !== undefined) {
        // Its journey version cannot be read: the run waits and is retried later, and this batch (runs
        // of every workspace) goes on instead of failing as a whole on every tick.
        engine.ports.logger.error('run deferred: its journey version cannot be loaded', {
          runId: run.id,
          versionId: run.versionId,
          error: String(loadError),
        });
        run.wakeAt = new Date(now.getTime() + DEFER_UNLOADABLE_MS);
        env.writes.updateRun(run);
        continue;
      }
      if (!version || version.status === 'archived') {
        endRun(env, run, 'exited', 'journey', 'journey archived', { code: 'run.archived' });
        env.writes.updateRun(run);
        continue;
      }
      if (run.status === 'active') {
        // Re-entering the current node (moved by a migration, or parked): count the visit.
        run.visits = { ...run.visits, [run.currentNode]: (run.visits[run.currentNode] ?? 0) + 1 };
        await advanceRun(env, run, version, { kind: 'enter' });
      } else {
        await advanceRun(env, run, version, { kind: 'due' });
      }
    }
    await flushWrites(tx, env.writes, now);
    return { claimed: runs.length, steps: env.writes.steps };
  });
}
