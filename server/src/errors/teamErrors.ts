import { AppError } from './appError';

/** 410 `invitation_invalid`: the link expired, was used already or was revoked. */
export class InvitationInvalidError extends AppError {
  override readonly name = 'InvitationInvalidError';
  constructor(reason: 'expired' | 'used' | 'revoked') {
    super({
      code: 'invitation_invalid',
      message: `This link can no longer be used: it was ${reason === 'expired' ? 'valid until its expiry only' : reason}`,
      details: { reason },
    });
  }
}

/** 422 `code_invalid`: a wrong verification code; `attemptsLeft` tries remain. */
export class CodeInvalidError extends AppError {
  override readonly name = 'CodeInvalidError';
  constructor(attemptsLeft: number) {
    super({
      code: 'code_invalid',
      message: `The code is wrong; ${attemptsLeft} attempts left`,
      details: { attemptsLeft },
    });
  }
}

/** 410 `code_expired`: no code is pending, or it expired. */
export class CodeExpiredError extends AppError {
  override readonly name = 'CodeExpiredError';
  constructor() {
    super({ code: 'code_expired', message: 'The code expired; send a new one' });
  }
}

/** 429 `too_many_attempts`: the code was entered wrong too often; a new one must be sent. */
export class CodeAttemptsExceededError extends AppError {
  override readonly name = 'CodeAttemptsExceededError';
  constructor(maxAttempts: number) {
    super({
      code: 'too_many_attempts',
      message: `The code was entered wrong ${maxAttempts} times; send a new one`,
      details: { maxAttempts },
    });
  }
}

/** 422 `test_recipient_unverified`: the phone must be verified with a code before test sends. */
export class TestRecipientUnverifiedError extends AppError {
  override readonly name = 'TestRecipientUnverifiedError';
  constructor() {
    super({
      code: 'test_recipient_unverified',
      message: 'Verify this phone with its code before sending tests to it',
    });
  }
}

/** 429 `rate_limited`: too many test sends (or verification codes) by this user in the window. */
export class TestSendRateLimitedError extends AppError {
  override readonly name = 'TestSendRateLimitedError';
  /** Becomes the `Retry-After` header. */
  readonly retryAfterSeconds: number;
  constructor(
    limit: 'test_sends' | 'verification_codes',
    max: number,
    windowSeconds: number,
    retryAfterSeconds: number,
  ) {
    super({
      code: 'rate_limited',
      message: `At most ${max} ${limit === 'test_sends' ? 'test sends' : 'verification codes'} per ${windowSeconds / 60} minutes; try again in ${retryAfterSeconds} s`,
      details: { limit, max, windowSeconds, retryAfterSeconds },
    });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
