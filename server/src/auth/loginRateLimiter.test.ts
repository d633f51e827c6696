import { describe, expect, it } from 'vitest';
import { RateLimitedError } from '../errors/domainErrors';
import { createLoginRateLimiter } from './loginRateLimiter';

describe('createLoginRateLimiter', () => {
  it('blocks after the allowed failures and lets the window slide', () => {
    const limiter = createLoginRateLimiter({ maxFailures: 3, windowMs: 1000 });
    for (const at of [0, 100, 200]) {
      limiter.check('a@x|1.2.3.4', at);
      limiter.recordFailure('a@x|1.2.3.4', at);
    }
    expect(() => limiter.check('a@x|1.2.3.4', 300)).toThrow(RateLimitedError);
    // Another key is unaffected.
    expect(() => limiter.check('b@x|1.2.3.4', 300)).not.toThrow();
    // Once the first failure leaves the window, one more attempt is allowed.
    expect(() => limiter.check('a@x|1.2.3.4', 1001)).not.toThrow();
  });

  it('reports when to retry and clears on reset', () => {
    const limiter = createLoginRateLimiter({ maxFailures: 1, windowMs: 60_000 });
    limiter.recordFailure('k', 0);
    try {
      limiter.check('k', 30_000);
      expect.unreachable();
    } catch (error) {
      expect((error as RateLimitedError).retryAfterSeconds).toBe(30);
    }
    limiter.reset('k');
    expect(() => limiter.check('k', 30_000)).not.toThrow();
  });
});
