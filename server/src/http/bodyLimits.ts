import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PayloadTooLargeError } from '../errors/domainErrors';

export const DEFAULT_BODY_LIMIT = 1024 * 1024;
export const BULK_BODY_LIMIT = 16 * 1024 * 1024;

/** Batch and import endpoints (SPEC §7) accept 16 MiB; everything else 1 MiB. */
export const BULK_PATHS: readonly RegExp[] = [
  /^\/api\/customers\/batch\/?$/,
  /^\/api\/events\/batch\/?$/,
  /^\/api\/v1\/batch\/?$/,
  /^\/api\/segments\/[^/]+\/import\/?$/,
  /^\/api\/optouts\/?$/,
  /^\/api\/journeys\/[^/]+\/enroll\/?$/,
];

const limited = (maxSize: number): MiddlewareHandler =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new PayloadTooLargeError(maxSize);
    },
  });

/** One middleware choosing the limit by path, so route files need not remember it. */
export const bodyLimits = (): MiddlewareHandler => {
  const small = limited(DEFAULT_BODY_LIMIT);
  const bulk = limited(BULK_BODY_LIMIT);
  return (c, next) =>
    BULK_PATHS.some((pattern) => pattern.test(c.req.path)) ? bulk(c, next) : small(c, next);
};
