import type { Clock } from './clock';

export type FakeClock = Clock & {
  set(at: Date | string): void;
  advance(seconds: number): Date;
};

/** A clock that only moves when a test moves it. */
export function createFakeClock(start: Date | string = '2026-01-05T00:00:00.000Z'): FakeClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at).getTime();
    },
    advance: (seconds) => {
      current += seconds * 1000;
      return new Date(current);
    },
  };
}
