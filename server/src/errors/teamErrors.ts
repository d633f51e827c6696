import { defineAppError } from './appError';

/** 410 `invitation_invalid`: the link expired, was used already or was revoked. */
export const InvitationInvalidError = defineAppError(
  'InvitationInvalidError',
  'invitation_invalid',
  (reason: 'expired' | 'used' | 'revoked') => ({
    message: `This link can no longer be used: it was ${reason === 'expired' ? 'valid until its expiry only' : reason}`,
    details: { reason },
  }),
);

/** 422 `code_invalid`: a wrong verification code; `attemptsLeft` tries remain. */
export const CodeInvalidError = defineAppError(
  'CodeInvalidError',
  'code_invalid',
  (attemptsLeft: number) => ({
    message: `The code is wrong; ${attemptsLeft} attempts left`,
    details: { attemptsLeft },
  }),
);

/** 410 `code_expired`: no code is pending, or it expired. */
export const CodeExpiredError = defineAppError('CodeExpiredError', 'code_expired', () => ({
  message: 'The code expired; send a new one',
}));

/** 429 `too_many_attempts`: the code was entered wrong too often; a new one must be sent. */
export const CodeAttemptsExceededError = defineAppError(
  'CodeAttemptsExceededError',
  'too_many_attempts',
  (maxAttempts: number) => ({
    message: `The code was entered wrong ${maxAttempts} times; send a new one`,
    details: { maxAttempts },
  }),
);

/** 422 `test_recipient_unverified`: the phone must be verified with a code before test sends. */
export const TestRecipientUnverifiedError = defineAppError(
  'TestRecipientUnverifiedError',
  'test_recipient_unverified',
  () => ({ message: 'Verify this phone with its code before sending tests to it' }),
);

/** 429 `rate_limited`: too many test sends (or verification codes) by this user in the window. */
export const TestSendRateLimitedError = defineAppError(
  'TestSendRateLimitedError',
  'rate_limited',
  (
    limit: 'test_sends' | 'verification_codes',
    max: number,
    windowSeconds: number,
    retryAfterSeconds: number,
  ) => ({
    message: `At most ${max} ${limit === 'test_sends' ? 'test sends' : 'verification codes'} per ${windowSeconds / 60} minutes; try again in ${retryAfterSeconds} s`,
    details: { limit, max, windowSeconds, retryAfterSeconds },
    retryAfterSeconds,
  }),
);
