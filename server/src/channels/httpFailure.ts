import type { DeliveryResult } from '@journeyflow/engine/ports/channels';
import { findOutboundError } from '../http/outbound/outboundError';

/** Provider answers worth retrying: throttling, timeouts and server errors; other 4xx won't change. */
export const isRetryableStatus = (status: number): boolean =>
  status === 408 || status === 429 || status >= 500;

export const httpFailure = (status: number, error: string, code?: string): DeliveryResult => ({
  status: 'failed',
  retryable: isRetryableStatus(status),
  error: `HTTP ${status}: ${error}`.slice(0, 500),
  ...(code ? { code } : {}),
});

/**
 * Network errors and timeouts are transient; a request the outbound guard refused (blocked address,
 * oversized answer) fails with the guard's code as the reason and is not retried.
 */
export const networkFailure = (error: unknown, prefix = ''): DeliveryResult => {
  const outbound = findOutboundError(error);
  if (outbound)
    return {
      status: 'failed',
      retryable: outbound.retryable,
      code: outbound.code,
      error: `${prefix}${outbound.message}`.slice(0, 500),
    };
  return {
    status: 'failed',
    retryable: true,
    error: `${prefix}${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
  };
};
