/** Why a server-side request was not made or not finished; the code is the message's failure reason. */
export type OutboundErrorCode =
  | 'outbound_blocked'
  | 'outbound_too_large'
  | 'outbound_timeout'
  | 'outbound_too_many_redirects'
  | 'outbound_failed';

const RETRYABLE: Readonly<Record<OutboundErrorCode, boolean>> = {
  outbound_blocked: false,
  outbound_too_large: false,
  outbound_timeout: true,
  outbound_too_many_redirects: false,
  outbound_failed: true,
};

/**
 * A refused or failed outbound request. `retryable` says whether a later attempt could help: a blocked
 * address or an oversized body stays so; a timeout or a dropped connection may not.
 */
export class OutboundError extends Error {
  override readonly name = 'OutboundError';
  readonly retryable: boolean;

  constructor(
    readonly code: OutboundErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.retryable = RETRYABLE[code];
  }
}

/** The OutboundError inside whatever the HTTP stack wrapped it in (undici puts connect errors in `cause`). */
export const findOutboundError = (error: unknown): OutboundError | undefined => {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof OutboundError) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
};
