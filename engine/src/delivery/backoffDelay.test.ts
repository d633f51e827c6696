import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoffDelay';

describe('backoffDelay', () => {
  it('doubles from the base and stops at the ceiling', () => {
    const policy = { baseMs: 30_000, maxMs: 300_000 };
    expect([1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(attempt, policy))).toEqual([
      30_000, 60_000, 120_000, 240_000, 300_000, 300_000,
    ]);
  });
});
