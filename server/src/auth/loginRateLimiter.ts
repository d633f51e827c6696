import { RateLimitedError } from '../errors/domainErrors';

export type LoginRateLimiter = {
  /** Throws 429 `rate_limited` when `key` has used up its failed attempts in the window. */
  check(key: string, now?: number): void;
  recordFailure(key: string, now?: number): void;
  reset(key: string): void;
};

/**
 * Sliding-window count of failed logins per (email, IP), in memory. Each server process counts on its
 * own, which is enough to stop online guessing against one instance; a success clears the count.
 */
export const createLoginRateLimiter = (
  options: { maxFailures?: number; windowMs?: number } = {},
): LoginRateLimiter => {
  const maxFailures = options.maxFailures ?? 10;
  const windowMs = options.windowMs ?? 15 * 60 * 1000;
  const failures = new Map<string, number[]>();

  const recent = (key: string, now: number) => {
    const kept = (failures.get(key) ?? []).filter((at) => now - at < windowMs);
    if (kept.length === 0) failures.delete(key);
    else failures.set(key, kept);
    return kept;
  };

  return {
    check(key, now = Date.now()) {
      const kept = recent(key, now);
      if (kept.length >= maxFailures) {
        const oldest = kept[0] ?? now;
        throw new RateLimitedError(Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)));
      }
    },
    recordFailure(key, now = Date.now()) {
      recent(key, now);
      failures.set(key, [...(failures.get(key) ?? []), now]);
      // Keep memory bounded if someone sprays many emails.
      if (failures.size > 50_000) {
        const first = failures.keys().next().value;
        if (first !== undefined) failures.delete(first);
      }
    },
    reset(key) {
      failures.delete(key);
    },
  };
};
