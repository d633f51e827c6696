import type { DeliveryResult } from '@journeyflow/engine/ports/channels';

/** Provider answers worth retrying: throttling, timeouts and server errors; other 4xx won't change. */
export const isRetryableStatus = (status: number): boolean =>
  status === 408 || status === 429 || status >= 500;

export const httpFailure = (status: number, error: string, code?: string): DeliveryResult => ({
  status: 'failed',
  retryable: isRetryableStatus(status),
  error: `HTTP ${status}: ${error}`.slice(0, 500),
  ...(code ? { code } : {}),
});

/** Network errors and timeouts are transient. */
export const networkFailure = (error: unknown): DeliveryResult => ({
  status: 'failed',
  retryable: true,
  error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
});
