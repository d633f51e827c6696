import { describe, expect, it } from 'vitest';
import { BusyError } from '../errors/authErrors';
import { createHashingGate } from './hashingGate';

const deferred = () => {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
};

describe('createHashingGate', () => {
  it('runs at most `concurrency` tasks, queues up to `maxQueue`, and refuses the rest with busy', async () => {
    const gate = createHashingGate({ concurrency: 2, maxQueue: 1 });
    const blockers = [deferred(), deferred(), deferred()];
    let running = 0;
    let peak = 0;
    const task = (i: number) => async () => {
      running += 1;
      peak = Math.max(peak, running);
      await blockers[i]?.promise;
      running -= 1;
      return i;
    };
    const first = gate.run(task(0));
    const second = gate.run(task(1));
    const third = gate.run(task(2));
    expect(gate.active).toBe(2);
    expect(gate.queued).toBe(1);
    await expect(gate.run(task(3))).rejects.toBeInstanceOf(BusyError);

    for (const blocker of blockers) blocker.resolve();
    expect(await Promise.all([first, second, third])).toEqual([0, 1, 2]);
    expect(peak).toBe(2);
    expect(gate.active).toBe(0);
    expect(gate.queued).toBe(0);
  });

  it('frees its slot when a task throws', async () => {
    const gate = createHashingGate({ concurrency: 1, maxQueue: 0 });
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await gate.run(async () => 'ok')).toBe('ok');
  });
});
