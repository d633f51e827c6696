import { enrollPending } from '../lifecycle/enrollExisting';
import { exitEndedPeriods } from '../lifecycle/exitEndedPeriods';
import type { Engine } from '../runtime/engine';
import { fireSchedules } from '../runtime/fireSchedules';
import { stepDueRuns } from '../runtime/stepDueRuns';

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
        const { claimed, steps } = await stepDueRuns(engine);
        stats.steps += steps;
        if (claimed > 0) stats.batches += 1;
        if (options.schedules !== false && Date.now() - lastSchedules >= 1000) {
          lastSchedules = Date.now();
          await fireSchedules(engine);
          await enrollPending(engine);
          await exitEndedPeriods(engine);
        }
        if (claimed < engine.options.batchSize && !stopped) await sleep(pollMs);
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
