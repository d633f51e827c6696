import { z } from 'zod';

export const errorCodeSchema = z.enum([
  'bad_request',
  'validation_failed',
  /** A size cap (`LIMITS`) was exceeded; `details: { limit, max }`. */
  'limit_exceeded',
  /** A segment would refer to itself through other segments. */
  'segment_cycle',
  'unauthorized',
  'forbidden',
  'insufficient_scope',
  'self_approval',
  'not_found',
  'conflict',
  'stale_revision',
  'invalid_transition',
  'payload_too_large',
  'rate_limited',
  'secrets_required',
  'too_many_attempts',
  'busy',
  'unsupported_media_type',
  'template_tag_not_allowed',
  'template_limit_exceeded',
  'template_render_failed',
  /** An invitation or password reset link that expired, was used or revoked; `details: { reason }`. */
  'invitation_invalid',
  /** A wrong phone verification code; `details: { attemptsLeft }`. */
  'code_invalid',
  /** The verification code expired; ask for a new one. */
  'code_expired',
  /** A test send to a phone that has not been verified with a code. */
  'test_recipient_unverified',
  /** Publishing waits while an ad step has an open compliance warning; `details: { warnings }`. */
  'compliance_warning_open',
  'internal',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** The HTTP status each error code is answered with; one table so server and client agree. */
export const httpStatusByErrorCode = {
  bad_request: 400,
  validation_failed: 422,
  limit_exceeded: 422,
  segment_cycle: 422,
  unauthorized: 401,
  forbidden: 403,
  insufficient_scope: 403,
  self_approval: 403,
  not_found: 404,
  conflict: 409,
  stale_revision: 409,
  invalid_transition: 409,
  payload_too_large: 413,
  secrets_required: 422,
  unsupported_media_type: 415,
  rate_limited: 429,
  template_tag_not_allowed: 422,
  template_limit_exceeded: 422,
  template_render_failed: 422,
  compliance_warning_open: 422,
  too_many_attempts: 429,
  invitation_invalid: 410,
  code_invalid: 422,
  code_expired: 410,
  test_recipient_unverified: 422,
  busy: 503,
  internal: 500,
} as const satisfies Record<ErrorCode, number>;

export const apiErrorSchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    /** E.g. the field issues of `validation_failed`, or the validation issues blocking a submit. */
    details: z.unknown().optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
