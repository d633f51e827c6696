import { enrollPending } from '../lifecycle/enrollExisting';
import { exitEndedPeriods } from '../lifecycle/exitEndedPeriods';
import type { Engine } from '../runtime/engine';
import { fireSchedules } from '../runtime/fireSchedules';
import { nextWakeAt } from '../runtime/nextWakeAt';
import { stepDueRuns } from '../runtime/stepDueRuns';
import { lanesFor } from '../runtime/stepPipeline';

/** One claimed batch as the loop saw it (wall-clock ms), for logs and the benchmark's lateness split. */
export type EngineLoopBatch = {
  readonly claimed: number;
  readonly steps: number;
  readonly startedAt: number;
  readonly committedAt: number;
};

export type EngineLoopOptions = {
  /**
   * Longest sleep when nothing is due (default 100 ms). The loop sleeps until the next `wake_at` when that
   * comes sooner, so timers fire on time whatever this is; it bounds how late the loop sees runs another
   * process made due (or a crashed worker released) when no one calls `wake()`.
   */
  readonly pollMs?: number;
  /** Fire schedules, enroll pending runs and end periods once a second (default true). */
  readonly schedules?: boolean;
  readonly onBatch?: (batch: EngineLoopBatch) => void;
};

export type EngineLoop = {
  /** Resolves once the current batch has committed; no batch starts afterwards. */
  stop(): Promise<void>;
  /** Ends the current sleep: something made runs due now (a hint, e.g. from LISTEN/NOTIFY; safe to over-call). */
  wake(): void;
  /** Steps run so far (for logs and the benchmark). */
  readonly stats: { steps: number; batches: number };
};

/**
 * The worker loop: claim and step due batches back to back while any are due, fire due schedules, then
 * sleep until the next `wake_at` (at most `pollMs`, or until `wake()`). Sleeping is the only in-memory
 * timer and only a hint: waits live in `runs.wake_at`, so a restarted worker loses nothing.
 */
export function startEngineLoop(engine: Engine, options: EngineLoopOptions = {}): EngineLoop {
  const pollMs = options.pollMs ?? 100;
  let stopped = false;
  let woken = false;
  let wakeSleeper: (() => void) | undefined;
  const stats = { steps: 0, batches: 0 };
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (woken || stopped) return resolve();
      const timer = setTimeout(resolve, ms);
      wakeSleeper = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  /** How long to sleep after an empty claim: until the next wake_at, at most `pollMs`. */
  const idleDelay = async () => {
    // Runs due now but not claimed are locked by another worker's batch: wait for later ones only.
    const next = await nextWakeAt(engine.ports.db, engine.ports.clock.now());
    if (!next) return pollMs;
    return Math.min(pollMs, Math.max(1, next.getTime() - engine.ports.clock.now().getTime() + 1));
  };
  const done = (async () => {
    let lastSchedules = 0;
    while (!stopped) {
      try {
        woken = false;
        await engine.index.ensureFresh(engine.ports.db);
        // Two batches in flight on PostgreSQL (`lanesFor`): while one flushes and commits, the other
        // claims and steps; SKIP LOCKED keeps them apart because each holds its rows until it commits.
        const lane = async () => {
          const startedAt = Date.now();
          const batch = await stepDueRuns(engine);
          stats.steps += batch.steps;
          if (batch.claimed > 0) {
            stats.batches += 1;
            options.onBatch?.({ ...batch, startedAt, committedAt: Date.now() });
          }
          return batch.claimed;
        };
        const claimedPerLane = await Promise.all(Array.from({ length: lanesFor(engine) }, lane));
        const claimed = claimedPerLane.reduce((sum, n) => sum + n, 0);
        if (options.schedules !== false && Date.now() - lastSchedules >= 1000) {
          lastSchedules = Date.now();
          await fireSchedules(engine);
          await enrollPending(engine);
          await exitEndedPeriods(engine);
        }
        // After a batch, more runs may have come due while it stepped: claim again at once.
        if (claimed === 0 && !stopped) await sleep(await idleDelay());
      } catch (error) {
        engine.ports.logger.error('engine step failed', { error: String(error) });
        if (!stopped) await sleep(Math.max(pollMs, 1000));
      }
    }
  })();
  return {
    stats,
    wake() {
      woken = true;
      wakeSleeper?.();
    },
    async stop() {
      stopped = true;
      wakeSleeper?.();
      await done;
    },
  };
}
