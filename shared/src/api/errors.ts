import { z } from 'zod';

export const errorCodeSchema = z.enum([
  'bad_request',
  'validation_failed',
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
  'unsupported_media_type',
  'internal',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** The HTTP status each error code is answered with; one table so server and client agree. */
export const httpStatusByErrorCode = {
  bad_request: 400,
  validation_failed: 422,
  unauthorized: 401,
  forbidden: 403,
  insufficient_scope: 403,
  self_approval: 403,
  not_found: 404,
  conflict: 409,
  stale_revision: 409,
  invalid_transition: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
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
