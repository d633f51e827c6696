import type { AdStepWarning } from '@journeyflow/shared/compliance/openAdStepWarnings';
import { AppError } from './appError';

// The concrete errors services throw. Each fixes its HTTP status and API code so callers only name the
// situation; details carry what a client needs to recover (e.g. the current revision).

export class BadRequestError extends AppError {
  override readonly name = 'BadRequestError';
  constructor(message: string, details?: unknown) {
    super({ code: 'bad_request', message, details });
  }
}

export class ValidationFailedError extends AppError {
  override readonly name = 'ValidationFailedError';
  constructor(message: string, details?: unknown) {
    super({ code: 'validation_failed', message, details });
  }
}

/** A provider endpoint changed, so its stored secrets must be entered again (`fields`). */
export class SecretsRequiredError extends AppError {
  override readonly name = 'SecretsRequiredError';
  constructor(fields: readonly string[], changed: readonly string[]) {
    super({
      code: 'secrets_required',
      message: `${changed.join(', ')} changed: enter ${fields.join(', ')} again (stored secrets are not sent to a new endpoint)`,
      details: { fields, changed },
    });
  }
}

export class UnauthorizedError extends AppError {
  override readonly name = 'UnauthorizedError';
  constructor(message = 'Sign in first') {
    super({ code: 'unauthorized', message });
  }
}

export class InvalidCredentialsError extends AppError {
  override readonly name = 'InvalidCredentialsError';
  constructor() {
    super({ code: 'unauthorized', message: 'Wrong email or password' });
  }
}

export class ForbiddenError extends AppError {
  override readonly name = 'ForbiddenError';
  constructor(message = 'Your role does not allow this', details?: unknown) {
    super({ code: 'forbidden', message, details });
  }
}

export class InsufficientScopeError extends AppError {
  override readonly name = 'InsufficientScopeError';
  constructor(scope: string) {
    super({
      code: 'insufficient_scope',
      message: `This API key lacks the "${scope}" scope; an admin can create a key with it`,
      details: { scope },
    });
  }
}

export class TooManyStreamsError extends AppError {
  override readonly name = 'TooManyStreamsError';
  constructor(limit: number) {
    super({
      code: 'rate_limited',
      message: `This customer already has ${limit} open in-app streams; close one and retry`,
      details: { limit },
    });
  }
}

export class CsrfError extends AppError {
  override readonly name = 'CsrfError';
  constructor() {
    super({
      code: 'forbidden',
      message:
        'Cookie-authenticated changes need the X-Requested-With: journeyflow header or a same-origin Origin',
    });
  }
}

export class SelfApprovalError extends AppError {
  override readonly name = 'SelfApprovalError';
  constructor(message?: string, details?: Record<string, unknown>) {
    super({
      code: 'self_approval',
      message: message ?? 'You cannot approve or reject your own submission',
      ...(details ? { details } : {}),
    });
  }
}

export class NotFoundError extends AppError {
  override readonly name = 'NotFoundError';
  constructor(what = 'Resource') {
    super({ code: 'not_found', message: `${what} not found` });
  }
}

export class StaleRevisionError extends AppError {
  override readonly name = 'StaleRevisionError';
  constructor(currentRevision: number, sentRevision: number) {
    super({
      code: 'stale_revision',
      message: `The journey changed since revision ${sentRevision}; reload and reapply your edit`,
      details: { currentRevision, sentRevision },
    });
  }
}

export class InvalidTransitionError extends AppError {
  override readonly name = 'InvalidTransitionError';
  constructor(action: string, from: string, reason?: string) {
    super({
      code: 'invalid_transition',
      message: reason ?? `Cannot ${action} a journey that is ${from}`,
      details: { action, from },
    });
  }
}

export class ConflictError extends AppError {
  override readonly name = 'ConflictError';
  constructor(message: string, details?: unknown) {
    super({ code: 'conflict', message, details });
  }
}

export class JourneyInvalidError extends AppError {
  override readonly name = 'JourneyInvalidError';
  constructor(issues: readonly unknown[]) {
    super({
      code: 'validation_failed',
      message: 'The journey has validation errors; fix them before submitting',
      details: { issues },
    });
  }
}

/** An ad step still has a compliance warning (issue 16): publishing waits until it is fixed. */
export class ComplianceWarningOpenError extends AppError {
  override readonly name = 'ComplianceWarningOpenError';
  constructor(warnings: readonly AdStepWarning[]) {
    super({
      code: 'compliance_warning_open',
      message: `An advertising step has an open compliance warning (${warnings
        .map((warning) => `${warning.nodeName ?? warning.nodeId}: ${warning.code}`)
        .join('; ')}); fix it before publishing`,
      details: { warnings },
    });
  }
}

export class PayloadTooLargeError extends AppError {
  override readonly name = 'PayloadTooLargeError';
  constructor(limitBytes: number) {
    super({
      code: 'payload_too_large',
      message: `Request body exceeds ${limitBytes} bytes`,
      details: { limitBytes },
    });
  }
}

export class UnsupportedMediaTypeError extends AppError {
  override readonly name = 'UnsupportedMediaTypeError';
  constructor() {
    super({ code: 'unsupported_media_type', message: 'Send the body as application/json' });
  }
}

export class RateLimitedError extends AppError {
  override readonly name = 'RateLimitedError';
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super({
      code: 'rate_limited',
      message: `Too many attempts; retry in ${retryAfterSeconds} s`,
      details: { retryAfterSeconds },
    });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
