import { type ErrorCode, httpStatusByErrorCode } from '@journeyflow/shared/api/errors';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** `user`: the caller can fix it (4xx, message shown). `system`: our fault (5xx, message hidden). */
export type ErrorKind = 'user' | 'system';

/**
 * Base of every error the API reports on purpose. `code` is one of shared's error codes and fixes the
 * HTTP status (`httpStatusByErrorCode`), so server and client agree; the HTTP layer maps these in one place.
 */
export class AppError extends Error {
  override readonly name: string = 'AppError';
  readonly code: ErrorCode;
  readonly status: ContentfulStatusCode;
  readonly kind: ErrorKind;
  readonly details: unknown;

  constructor(options: { code: ErrorCode; message: string; details?: unknown; cause?: unknown }) {
    super(options.message, { cause: options.cause });
    this.code = options.code;
    this.status = httpStatusByErrorCode[options.code];
    this.kind = this.status >= 500 ? 'system' : 'user';
    this.details = options.details;
  }
}

/** What an error says: its message, the details a client needs to recover, and when to retry. */
export type ErrorShape = { message: string; details?: unknown; retryAfterSeconds?: number };

/**
 * The one place an error's shape is built: a named `AppError` class whose constructor arguments become
 * its message and details. `retryAfterSeconds`, when given, becomes the `Retry-After` header.
 */
export const defineAppError = <A extends unknown[]>(
  name: string,
  code: ErrorCode,
  shape: (...args: A) => ErrorShape,
) =>
  class extends AppError {
    override readonly name: string = name;
    readonly retryAfterSeconds: number | undefined;
    constructor(...args: A) {
      const { retryAfterSeconds, ...said } = shape(...args);
      super({ code, ...said });
      this.retryAfterSeconds = retryAfterSeconds;
    }
  };
