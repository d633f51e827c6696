import type { Logger } from '@journeyflow/engine/ports/logger';

export type PeriodicJob = { stop(): Promise<void> };

/** What a periodic job of the server process starts with: the clock, the log, and (in tests) its interval. */
export type PeriodicJobDeps = {
  readonly now: () => Date;
  readonly logger: Logger;
  readonly intervalMs?: number;
};

/** What a periodic job does and when, apart from its deps. */
export type PeriodicJobSpec = {
  /** Names the job in the log. */
  readonly name: string;
  /** How often it runs unless the deps set `intervalMs`. */
  readonly defaultIntervalMs: number;
  /** The wait before the first run; 0 (the default) runs it at once. */
  readonly firstDelayMs?: number;
  /** One run, at the deps' clock's `now`. */
  readonly run: (now: Date) => Promise<void>;
};

/**
 * A job of the server process run every interval, the first time after `firstDelayMs` (0 = at once).
 * Runs never overlap (a tick waits for the previous run); a failure is logged as `<name> failed` and the next
 * tick tries again. `stop` clears the timers, skips runs still waiting, and resolves when the current run ends.
 * The timers do not keep the process alive.
 */
export function startPeriodicJob(deps: PeriodicJobDeps, job: PeriodicJobSpec): PeriodicJob {
  const firstDelayMs = job.firstDelayMs ?? 0;
  let stopped = false;
  const runSafely = async () => {
    try {
      await job.run(deps.now());
    } catch (error) {
      deps.logger.warn(`${job.name} failed`, { error: (error as Error).message });
    }
  };
  let running: Promise<void> = firstDelayMs === 0 ? runSafely() : Promise.resolve();
  const tick = () => {
    running = running.then(() => (stopped ? undefined : runSafely()));
  };
  const first = firstDelayMs === 0 ? undefined : setTimeout(tick, firstDelayMs);
  first?.unref();
  const timer = setInterval(tick, deps.intervalMs ?? job.defaultIntervalMs);
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
