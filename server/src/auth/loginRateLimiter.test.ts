import { describe, expect, it } from 'vitest';
import { TooManyAttemptsError } from '../errors/authErrors';
import { createLoginRateLimiter } from './loginRateLimiter';

const refusal = (fn: () => unknown): TooManyAttemptsError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof TooManyAttemptsError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('createLoginRateLimiter', () => {
  it('counts an attempt when it is reserved, before anything is verified', () => {
    const limiter = createLoginRateLimiter({ maxFailuresPerAccount: 3, windowMs: 1000 });
    // Three attempts in flight at once (none settled yet) use up the budget: a fourth parallel guess is refused.
    for (let i = 0; i < 3; i++) limiter.reserve('a@x', '1.2.3.4', 0);
    expect(refusal(() => limiter.reserve('a@x', '1.2.3.4', 0)).code).toBe('too_many_attempts');
  });

  it('budgets per account across addresses, and lets the window slide', () => {
    const limiter = createLoginRateLimiter({ maxFailuresPerAccount: 3, windowMs: 1000 });
    for (const [at, address] of [
      [0, '10.0.0.1'],
      [100, '10.0.0.2'],
      [200, '10.0.0.3'],
    ] as const)
      limiter.reserve('a@x', address, at).failed();
    const refused = refusal(() => limiter.reserve('a@x', '10.0.0.4', 300));
    expect(refused.details).toEqual({ retryAfterSeconds: 1, scope: 'account' });
    // Another account is unaffected; after the first failure leaves the window one more try is allowed.
    expect(() => limiter.reserve('b@x', '10.0.0.4', 300)).not.toThrow();
    expect(() => limiter.reserve('a@x', '10.0.0.4', 1001)).not.toThrow();
  });

  it('budgets per address across accounts', () => {
    const limiter = createLoginRateLimiter({ maxFailuresPerAddress: 4, windowMs: 60_000 });
    for (let i = 0; i < 4; i++) limiter.reserve(`user${i}@x`, '1.2.3.4', 0).failed();
    const refused = refusal(() => limiter.reserve('fresh@x', '1.2.3.4', 30_000));
    expect(refused.retryAfterSeconds).toBe(30);
    expect(refused.details).toMatchObject({ scope: 'address' });
    expect(() => limiter.reserve('fresh@x', '5.6.7.8', 30_000)).not.toThrow();
  });

  it('forgives the same account and address on success, and returns abandoned attempts', () => {
    const limiter = createLoginRateLimiter({ maxFailuresPerAccount: 2, windowMs: 60_000 });
    limiter.reserve('a@x', 'home', 0).failed();
    limiter.reserve('a@x', 'home', 0).succeeded();
    limiter.reserve('a@x', 'home', 0).failed();
    limiter.reserve('a@x', 'home', 0).abandoned();
    // One failure is left in the window: one more attempt is allowed, a second is not.
    limiter.reserve('a@x', 'home', 0).failed();
    expect(() => limiter.reserve('a@x', 'home', 0)).toThrow(TooManyAttemptsError);
  });

  it('does not let a success from one address forgive an attacker elsewhere', () => {
    const limiter = createLoginRateLimiter({ maxFailuresPerAccount: 2, windowMs: 60_000 });
    limiter.reserve('a@x', 'attacker', 0).failed();
    limiter.reserve('a@x', 'attacker', 0).failed();
    expect(() => limiter.reserve('a@x', 'home', 0)).toThrow(TooManyAttemptsError);
  });

  it('settles an attempt only once', () => {
    const limiter = createLoginRateLimiter({ maxFailuresPerAccount: 1, windowMs: 60_000 });
    const attempt = limiter.reserve('a@x', 'home', 0);
    attempt.failed();
    attempt.abandoned();
    expect(() => limiter.reserve('a@x', 'home', 0)).toThrow(TooManyAttemptsError);
  });
});
