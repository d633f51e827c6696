import type { Logger } from '@journeyflow/engine/ports/logger';

export type PeriodicJob = { stop(): Promise<void> };

/** What a periodic job of the server process starts with: the clock, the log, and (in tests) its interval. */
export type PeriodicJobDeps = {
  readonly now: () => Date;
  readonly logger: Logger;
  readonly intervalMs?: number;
};

/**
 * A job of the server process run every `intervalMs`, the first time after `firstDelayMs` (0 = at once).
 * Runs never overlap (a tick waits for the previous run); a failure is logged as `<name> failed` and the next
 * tick tries again. `stop` clears the timers, skips runs still waiting, and resolves when the current run ends.
 * The timers do not keep the process alive.
 */
export function startPeriodicJob(job: {
  readonly name: string;
  readonly intervalMs: number;
  readonly firstDelayMs: number;
  readonly logger: Logger;
  readonly run: () => Promise<void>;
}): PeriodicJob {
  let stopped = false;
  const runSafely = async () => {
    try {
      await job.run();
    } catch (error) {
      job.logger.warn(`${job.name} failed`, { error: (error as Error).message });
    }
  };
  let running: Promise<void> = job.firstDelayMs === 0 ? runSafely() : Promise.resolve();
  const tick = () => {
    running = running.then(() => (stopped ? undefined : runSafely()));
  };
  const first = job.firstDelayMs === 0 ? undefined : setTimeout(tick, job.firstDelayMs);
  first?.unref();
  const timer = setInterval(tick, job.intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
