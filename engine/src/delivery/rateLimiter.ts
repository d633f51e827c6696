import type { Clock } from '../ports/clock';

/**
 * Token buckets per key (`workspace:provider`), refilled continuously from the injected clock, so tests on a
 * fake clock are deterministic. Each delivery process limits itself; the limit is per process.
 */
export type RateLimiter = {
  /** 0 when a send may go now (a token is taken), else the milliseconds until one is available. */
  take(key: string, ratePerSecond: number | undefined): number;
};

type Bucket = { tokens: number; at: number };

export const createRateLimiter = (clock: Clock): RateLimiter => {
  const buckets = new Map<string, Bucket>();
  return {
    take(key, ratePerSecond) {
      if (ratePerSecond === undefined || ratePerSecond <= 0) return 0;
      const now = clock.now().getTime();
      // Burst of one second's worth, so a quiet provider can take a small batch at once.
      const capacity = Math.max(1, ratePerSecond);
      const bucket = buckets.get(key) ?? { tokens: capacity, at: now };
      bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) / 1000) * ratePerSecond);
      bucket.at = now;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.ceil(((1 - bucket.tokens) / ratePerSecond) * 1000);
    },
  };
};
