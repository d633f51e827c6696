import { enrollPending } from '../lifecycle/enrollExisting';
import { exitEndedPeriods } from '../lifecycle/exitEndedPeriods';
import type { Engine } from '../runtime/engine';
import { fireSchedules } from '../runtime/fireSchedules';
import { stepDueRuns } from '../runtime/stepDueRuns';
import { lanesFor } from '../runtime/stepPipeline';

export type EngineLoop = {
  /** Resolves once the current batch has committed; no batch starts afterwards. */
  stop(): Promise<void>;
  /** Steps run so far (for logs and the benchmark). */
  readonly stats: { steps: number; batches: number };
};

/**
 * The worker loop: claim and step due batches back to back while there are any, fire due schedules,
 * then poll again after `pollMs`. The poll is the only timer: waits live in `runs.wake_at`, so a
 * restarted worker loses nothing.
 */
export function startEngineLoop(
  engine: Engine,
  options: { pollMs?: number; schedules?: boolean } = {},
): EngineLoop {
  const pollMs = options.pollMs ?? 100;
  let stopped = false;
  let wake: (() => void) | undefined;
  const stats = { steps: 0, batches: 0 };
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const done = (async () => {
    let lastSchedules = 0;
    while (!stopped) {
      try {
        await engine.index.ensureFresh(engine.ports.db);
        // Two batches in flight on PostgreSQL (`lanesFor`): while one flushes and commits, the other
        // claims and steps; SKIP LOCKED keeps them apart because each holds its rows until it commits.
        const lanes = lanesFor(engine);
        const batches = await Promise.all(Array.from({ length: lanes }, () => stepDueRuns(engine)));
        let claimed = 0;
        for (const batch of batches) {
          stats.steps += batch.steps;
          claimed += batch.claimed;
          if (batch.claimed > 0) stats.batches += 1;
        }
        if (options.schedules !== false && Date.now() - lastSchedules >= 1000) {
          lastSchedules = Date.now();
          await fireSchedules(engine);
          await enrollPending(engine);
          await exitEndedPeriods(engine);
        }
        if (claimed < engine.options.batchSize * lanes && !stopped) await sleep(pollMs);
      } catch (error) {
        engine.ports.logger.error('engine step failed', { error: String(error) });
        if (!stopped) await sleep(Math.max(pollMs, 1000));
      }
    }
  })();
  return {
    stats,
    async stop() {
      stopped = true;
      wake?.();
      await done;
    },
  };
}
