import { BusyError } from '../errors/authErrors';

export type HashingGate = {
  /** Runs `task` when a slot is free; waits in line while the queue has room, else throws 503 `busy`. */
  run<T>(task: () => Promise<T>): Promise<T>;
  readonly active: number;
  readonly queued: number;
};

export type HashingGateOptions = {
  /** Tasks running at once. scrypt runs on libuv's pool (4 threads by default): leave threads for fs and DNS. */
  readonly concurrency?: number;
  /** Tasks allowed to wait; beyond this the caller is told to come back instead of piling up. */
  readonly maxQueue?: number;
};

export const DEFAULT_HASHING_CONCURRENCY = 2;
export const DEFAULT_HASHING_QUEUE = 16;

/**
 * A small semaphore in front of password hashing, so a burst of logins (or of made-up emails) cannot
 * take every thread of the pool or queue unbounded work: the burst is answered 503 `busy` quickly.
 */
export const createHashingGate = (options: HashingGateOptions = {}): HashingGate => {
  const concurrency = options.concurrency ?? DEFAULT_HASHING_CONCURRENCY;
  const maxQueue = options.maxQueue ?? DEFAULT_HASHING_QUEUE;
  const waiting: (() => void)[] = [];
  let active = 0;

  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };

  return {
    async run(task) {
      if (active < concurrency) active += 1;
      else if (waiting.length < maxQueue) await new Promise<void>((resolve) => waiting.push(resolve));
      else throw new BusyError();
      // A woken waiter inherits the releasing task's slot, so `active` is unchanged on hand-over.
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get queued() {
      return waiting.length;
    },
  };
};
