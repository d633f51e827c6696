import { AppError, type ErrorKind } from './appError';

// Errors of signing in and password handling. They carry `retryAfterSeconds`, which the error handler
// turns into a `Retry-After` header.

/** 429: the account or the client address used up its login attempts for the window. */
export class TooManyAttemptsError extends AppError {
  override readonly name = 'TooManyAttemptsError';
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number, scope: 'account' | 'address') {
    super({
      code: 'too_many_attempts',
      message: `Too many sign-in attempts; retry in ${retryAfterSeconds} s`,
      details: { retryAfterSeconds, scope },
    });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * 503: every password-hashing slot is taken and the queue is full. The caller did nothing wrong and may
 * retry at once, so it is a user-kind error (message shown, not logged as our failure).
 */
export class BusyError extends AppError {
  override readonly name = 'BusyError';
  override readonly kind: ErrorKind = 'user';
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds = 1) {
    super({
      code: 'busy',
      message: 'The server is busy checking other passwords; retry in a moment',
      details: { retryAfterSeconds },
    });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** 422 on the `currentPassword` field, not 401: the session is fine, only the typed password is wrong. */
export class WrongCurrentPasswordError extends AppError {
  override readonly name = 'WrongCurrentPasswordError';
  constructor() {
    super({
      code: 'validation_failed',
      message: 'body.currentPassword: The current password is wrong',
      details: {
        issues: [
          { path: 'body.currentPassword', message: 'The current password is wrong', code: 'wrong_password' },
        ],
      },
    });
  }
}
