import type { Engine } from './engine';
import { stepDueRuns } from './stepDueRuns';

/** `batches` counts claims that found runs; `claims` every claim, the empty ones included. */
export type PipelineTotals = { steps: number; runs: number; batches: number; claims: number };

/**
 * How many batches one worker keeps in flight. On PostgreSQL two: while one batch's transaction flushes
 * and commits (the database works, Node waits), the other claims and steps (Node works). Each batch is
 * its own transaction and keeps its claimed rows locked until it commits, so `FOR UPDATE SKIP LOCKED`
 * never hands a run to both. PGlite runs one transaction at a time in this process: one lane.
 */
export function lanesFor(engine: Engine): number {
  return engine.ports.db.kind === 'postgres' ? Math.max(1, engine.options.batchesInFlight) : 1;
}

/**
 * Steps due runs with `lanesFor(engine)` batches in flight until every lane has twice found nothing
 * due (the bench's "step everything now"); the engine loop does the same with its own polling.
 */
export async function stepDueRunsPipelined(engine: Engine): Promise<PipelineTotals> {
  const totals: PipelineTotals = { steps: 0, runs: 0, batches: 0, claims: 0 };
  const lane = async () => {
    let idle = 0;
    while (idle < 2) {
      const result = await stepDueRuns(engine);
      totals.steps += result.steps;
      totals.runs += result.claimed;
      totals.claims += 1;
      if (result.claimed > 0) totals.batches += 1;
      idle = result.claimed === 0 ? idle + 1 : 0;
    }
  };
  await Promise.all(Array.from({ length: lanesFor(engine) }, lane));
  return totals;
}
