import { describe, expect, it } from 'vitest';
import { createFakeClock } from '../ports/fakeClock';
import { createRateLimiter } from './rateLimiter';

describe('rateLimiter', () => {
  it('lets a burst of one second through, then paces sends by the injected clock', () => {
    const clock = createFakeClock();
    const limiter = createRateLimiter(clock);
    expect([1, 2, 3].map(() => limiter.take('ws:solapi', 2))).toEqual([0, 0, 500]);
    clock.advance(0.5);
    expect(limiter.take('ws:solapi', 2)).toBe(0);
    expect(limiter.take('ws:solapi', 2)).toBe(500);
  });

  it('keeps providers and workspaces apart, and never limits without a rate', () => {
    const limiter = createRateLimiter(createFakeClock());
    expect(limiter.take('a:solapi', 1)).toBe(0);
    expect(limiter.take('a:solapi', 1)).toBeGreaterThan(0);
    expect(limiter.take('b:solapi', 1)).toBe(0);
    expect(limiter.take('a:fcm', undefined)).toBe(0);
  });
});
