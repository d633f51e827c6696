import type { MiddlewareHandler } from 'hono';
import { CsrfError } from '../errors/domainErrors';
import { readSessionCookie } from './sessionCookie';

/** The header the web client sends on every call; a cross-site form or image cannot set custom headers. */
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_HEADER_VALUE = 'journeyflow';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses cross-site state changes made with the victim's cookie. A mutation passes when it is not
 * cookie-authenticated (an `Authorization` header and no session cookie: API keys are not ambient
 * credentials, but a cookie next to any header still is — the routes that take either would use it), or carries
 * `X-Requested-With: journeyflow`, or comes from this origin by the browser's own word — `Sec-Fetch-Site`
 * `same-origin`/`none`, else `Origin` equal to the request's host. Browsers always attach those headers to
 * cross-site POST/PUT/PATCH/DELETE and pages cannot forge them; a request with neither header is not from
 * a browser (curl, server-to-server) and carries no victim's cookie, so it passes (the algorithm of Go's
 * `http.CrossOriginProtection`). SameSite=Lax cookies are the second line of defence.
 */
export const csrfProtection = (): MiddlewareHandler => async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next();
  if (c.req.header('authorization') && !readSessionCookie(c)) return next();
  if (c.req.header(CSRF_HEADER)?.toLowerCase() === CSRF_HEADER_VALUE) return next();
  const fetchSite = c.req.header('sec-fetch-site');
  if (fetchSite) {
    if (fetchSite === 'same-origin' || fetchSite === 'none') return next();
    throw new CsrfError();
  }
  const origin = c.req.header('origin');
  if (!origin) return next();
  if (origin !== 'null' && sameHost(origin, c.req.header('host') ?? new URL(c.req.url).host)) return next();
  throw new CsrfError();
};

const sameHost = (origin: string, host: string): boolean => {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
};
