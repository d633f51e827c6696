import { isApiError } from './ApiError';

/** Whole minutes until a 429/503 may be retried (`details.retryAfterSeconds`), at least 1; `fallback` if unknown. */
export function retryAfterMinutes(error: unknown, fallback = 15): number {
  const seconds = isApiError(error)
    ? Number((error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds)
    : Number.NaN;
  return Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds / 60)) : fallback;
}
