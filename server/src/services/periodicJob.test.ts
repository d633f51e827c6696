import type { Logger } from '@journeyflow/engine/ports/logger';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPeriodicJob } from './periodicJob';

const logger = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() }) as unknown as Logger;
const deps = (log = logger()) => ({ now: () => new Date(), logger: log });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('startPeriodicJob', () => {
  it('runs at once when the first delay is 0, then every interval, and not after stop', async () => {
    const run = vi.fn(async () => undefined);
    const job = startPeriodicJob(deps(), { name: 'purge', defaultIntervalMs: 1000, run });
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2500);
    expect(run).toHaveBeenCalledTimes(3);
    await job.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('waits for the first delay, and a stop before it means no run at all', async () => {
    const run = vi.fn(async () => undefined);
    const job = startPeriodicJob(deps(), {
      name: 'retention',
      defaultIntervalMs: 60_000,
      firstDelayMs: 30_000,
      run,
    });
    await vi.advanceTimersByTimeAsync(29_999);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    await job.stop();
    const early = startPeriodicJob(deps(), {
      name: 'retention',
      defaultIntervalMs: 60_000,
      firstDelayMs: 30_000,
      run,
    });
    await early.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('logs a failed run as "<name> failed" and tries again on the next tick', async () => {
    const log = logger();
    const run = vi.fn().mockRejectedValueOnce(new Error('db down')).mockResolvedValue(undefined);
    const job = startPeriodicJob(deps(log), { name: 'session purge', defaultIntervalMs: 1000, run });
    await vi.advanceTimersByTimeAsync(1000);
    expect(log.warn).toHaveBeenCalledWith('session purge failed', { error: 'db down' });
    expect(run).toHaveBeenCalledTimes(2);
    await job.stop();
  });

  it('never overlaps runs: stop resolves after the current run ends', async () => {
    let finish: () => void = () => undefined;
    let active = 0;
    let most = 0;
    const run = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          active++;
          most = Math.max(most, active);
          finish = () => {
            active--;
            resolve();
          };
        }),
    );
    const job = startPeriodicJob(deps(), { name: 'slow', defaultIntervalMs: 100, run });
    await vi.advanceTimersByTimeAsync(500);
    expect(run).toHaveBeenCalledTimes(1);
    const stopped = job.stop();
    finish();
    await stopped;
    expect(most).toBe(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("runs at the deps' interval when they set one, and hands each run the deps' clock", async () => {
    const run = vi.fn(async (_now: Date) => undefined);
    const at = new Date('2026-03-01T00:00:00Z');
    const job = startPeriodicJob(
      { now: () => at, logger: logger(), intervalMs: 50 },
      { name: 'purge', defaultIntervalMs: 60_000, run },
    );
    await vi.advanceTimersByTimeAsync(100);
    expect(run).toHaveBeenCalledTimes(3);
    expect(run).toHaveBeenLastCalledWith(at);
    await job.stop();
  });
});
