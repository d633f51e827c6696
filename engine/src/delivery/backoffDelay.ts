/** Retry policy of the delivery worker. */
export type BackoffPolicy = {
  /** Delay before the second attempt. */
  readonly baseMs: number;
  /** Ceiling so a long outage doesn't push retries out for days. */
  readonly maxMs: number;
};

export const defaultBackoff: BackoffPolicy = { baseMs: 30_000, maxMs: 3_600_000 };

/** Exponential backoff: base, 2·base, 4·base, … capped — `attempt` is the attempt that just failed (1-based). */
export const backoffDelay = (attempt: number, policy: BackoffPolicy = defaultBackoff): number =>
  Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
