import { describe, expect, it } from 'vitest';
import { createSlowResultCache } from './slowResultCache';

describe('slow result cache', () => {
  it('keeps only results that were slow to compute, for the ttl', async () => {
    let clock = 0;
    const cache = createSlowResultCache<number>({ ttlMs: 30_000, slowMs: 200, now: () => clock });
    let calls = 0;
    const fast = async () => ++calls;
    const slow = async () => {
      clock += 500;
      return ++calls;
    };
    expect(await cache.get('small', 10, fast)).toBe(1);
    expect(await cache.get('small', 10, fast)).toBe(2);
    expect(await cache.get('big', 1000, slow)).toBe(3);
    clock += 10_000;
    expect(await cache.get('big', 1005, slow)).toBe(3);
    clock += 25_000;
    expect(await cache.get('big', 1005, slow)).toBe(4);
  });

  it('recomputes as soon as the input grew by more than 1 %', async () => {
    const clock = 0;
    const cache = createSlowResultCache<number>({ ttlMs: 30_000, slowMs: 0, now: () => clock });
    let calls = 0;
    const compute = async () => ++calls;
    expect(await cache.get('j', 10, compute)).toBe(1);
    expect(await cache.get('j', 10, compute)).toBe(1);
    expect(await cache.get('j', 11, compute)).toBe(2);
  });

  it('forgets the oldest entry beyond its size', async () => {
    let clock = 0;
    const cache = createSlowResultCache<string>({
      ttlMs: 60_000,
      slowMs: 0,
      maxEntries: 2,
      now: () => clock,
    });
    const value = (v: string) => async () => v;
    await cache.get('a', 1, value('a1'));
    await cache.get('b', 1, value('b1'));
    await cache.get('c', 1, value('c1'));
    clock += 1;
    expect(await cache.get('b', 1, value('b2'))).toBe('b1');
    expect(await cache.get('a', 1, value('a2'))).toBe('a2');
  });
});
