import type { Logger } from '@journeyflow/engine/ports/logger';
import type { ErrorCode } from '@journeyflow/shared/api/errors';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from './appError';
import { errorBody } from './errorBody';

const CODES_BY_STATUS: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'validation_failed',
  429: 'rate_limited',
};

/** PostgreSQL errors that mean "the request conflicts with data", not "we broke". */
const POSTGRES_USER_ERRORS: Record<
  string,
  { status: ContentfulStatusCode; code: ErrorCode; message: string }
> = {
  '23505': { status: 409, code: 'conflict', message: 'That already exists' },
  '23503': { status: 409, code: 'conflict', message: 'It refers to something that does not exist' },
};

/**
 * The one place errors become HTTP responses. Known errors keep their code and status; anything else is
 * logged with its stack and answered with a bare 500 `internal`, so no internals leak.
 */
export const createErrorHandler =
  (logger: Logger) =>
  (error: Error, c: Context): Response => {
    if (error instanceof AppError) {
      if (error.kind === 'system')
        logger.error('request failed', { path: c.req.path, error: describe(error) });
      if ('retryAfterSeconds' in error && typeof error.retryAfterSeconds === 'number') {
        c.header('Retry-After', String(error.retryAfterSeconds));
      }
      const message = error.kind === 'system' ? 'Internal server error' : error.message;
      return c.json(
        errorBody(error.code, message, error.kind === 'system' ? undefined : error.details),
        error.status,
      );
    }
    if (error instanceof HTTPException) {
      const status = error.status as ContentfulStatusCode;
      const code = CODES_BY_STATUS[status] ?? (status >= 500 ? 'internal' : 'bad_request');
      const message =
        status === 400 && /json/i.test(error.message) ? 'Malformed JSON in request body' : error.message;
      return c.json(errorBody(code, message || code), status);
    }
    const pgCode = postgresCode(error);
    const known = pgCode ? POSTGRES_USER_ERRORS[pgCode] : undefined;
    if (known) return c.json(errorBody(known.code, known.message), known.status);
    logger.error('unhandled error', { method: c.req.method, path: c.req.path, error: describe(error) });
    return c.json(errorBody('internal', 'Internal server error'), 500);
  };

const postgresCode = (error: unknown): string | undefined => {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
};

const describe = (error: unknown) =>
  error instanceof Error
    ? { name: error.name, message: error.message, stack: error.stack }
    : { value: String(error) };
