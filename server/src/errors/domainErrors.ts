import type { AdStepWarning } from '@journeyflow/shared/compliance/openAdStepWarnings';
import { defineAppError } from './appError';

// The concrete errors services throw. Each fixes its HTTP status and API code so callers only name the
// situation; details carry what a client needs to recover (e.g. the current revision).

export const BadRequestError = defineAppError(
  'BadRequestError',
  'bad_request',
  (message: string, details?: unknown) => ({ message, details }),
);

export const ValidationFailedError = defineAppError(
  'ValidationFailedError',
  'validation_failed',
  (message: string, details?: unknown) => ({ message, details }),
);

/** A provider endpoint changed, so its stored secrets must be entered again (`fields`). */
export const SecretsRequiredError = defineAppError(
  'SecretsRequiredError',
  'secrets_required',
  (fields: readonly string[], changed: readonly string[]) => ({
    message: `${changed.join(', ')} changed: enter ${fields.join(', ')} again (stored secrets are not sent to a new endpoint)`,
    details: { fields, changed },
  }),
);

export const UnauthorizedError = defineAppError(
  'UnauthorizedError',
  'unauthorized',
  (message: string = 'Sign in first') => ({
    message,
  }),
);

export const InvalidCredentialsError = defineAppError('InvalidCredentialsError', 'unauthorized', () => ({
  message: 'Wrong email or password',
}));

export const ForbiddenError = defineAppError(
  'ForbiddenError',
  'forbidden',
  (message: string = 'Your role does not allow this', details?: unknown) => ({ message, details }),
);

export const InsufficientScopeError = defineAppError(
  'InsufficientScopeError',
  'insufficient_scope',
  (scope: string) => ({
    message: `This API key lacks the "${scope}" scope; an admin can create a key with it`,
    details: { scope },
  }),
);

export const TooManyStreamsError = defineAppError('TooManyStreamsError', 'rate_limited', (limit: number) => ({
  message: `This customer already has ${limit} open in-app streams; close one and retry`,
  details: { limit },
}));

export const CsrfError = defineAppError('CsrfError', 'forbidden', () => ({
  message:
    'Cookie-authenticated changes need the X-Requested-With: journeyflow header or a same-origin Origin',
}));

export const SelfApprovalError = defineAppError(
  'SelfApprovalError',
  'self_approval',
  (message?: string, details?: Record<string, unknown>) => ({
    message: message ?? 'You cannot approve or reject your own submission',
    ...(details ? { details } : {}),
  }),
);

export const NotFoundError = defineAppError('NotFoundError', 'not_found', (what: string = 'Resource') => ({
  message: `${what} not found`,
}));

export const StaleRevisionError = defineAppError(
  'StaleRevisionError',
  'stale_revision',
  (currentRevision: number, sentRevision: number) => ({
    message: `The journey changed since revision ${sentRevision}; reload and reapply your edit`,
    details: { currentRevision, sentRevision },
  }),
);

export const InvalidTransitionError = defineAppError(
  'InvalidTransitionError',
  'invalid_transition',
  (action: string, from: string, reason?: string) => ({
    message: reason ?? `Cannot ${action} a journey that is ${from}`,
    details: { action, from },
  }),
);

export const ConflictError = defineAppError(
  'ConflictError',
  'conflict',
  (message: string, details?: unknown) => ({
    message,
    details,
  }),
);

export const JourneyInvalidError = defineAppError(
  'JourneyInvalidError',
  'validation_failed',
  (issues: readonly unknown[]) => ({
    message: 'The journey has validation errors; fix them before submitting',
    details: { issues },
  }),
);

/** An ad step still has a compliance warning (issue 16): publishing waits until it is fixed. */
export const ComplianceWarningOpenError = defineAppError(
  'ComplianceWarningOpenError',
  'compliance_warning_open',
  (warnings: readonly AdStepWarning[]) => ({
    message: `An advertising step has an open compliance warning (${warnings
      .map((warning) => `${warning.nodeName ?? warning.nodeId}: ${warning.code}`)
      .join('; ')}); fix it before publishing`,
    details: { warnings },
  }),
);

export const PayloadTooLargeError = defineAppError(
  'PayloadTooLargeError',
  'payload_too_large',
  (limitBytes: number) => ({ message: `Request body exceeds ${limitBytes} bytes`, details: { limitBytes } }),
);

export const UnsupportedMediaTypeError = defineAppError(
  'UnsupportedMediaTypeError',
  'unsupported_media_type',
  () => ({
    message: 'Send the body as application/json',
  }),
);

export const RateLimitedError = defineAppError(
  'RateLimitedError',
  'rate_limited',
  (retryAfterSeconds: number) => ({
    message: `Too many attempts; retry in ${retryAfterSeconds} s`,
    details: { retryAfterSeconds },
    retryAfterSeconds,
  }),
);
