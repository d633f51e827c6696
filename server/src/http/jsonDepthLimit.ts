import { LIMITS } from '@journeyflow/shared/limits';
import type { MiddlewareHandler } from 'hono';
import { LimitExceededError } from '../errors/limitErrors';

/**
 * Nesting depth of a JSON text, counted on the characters (strings skipped) without parsing it, and
 * stopping as soon as `max` is passed. Malformed text is left for the parser to report.
 */
export const jsonDepthExceeds = (text: string, max: number): boolean => {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i += 1;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 /* { */ || ch === 91 /* [ */) {
      depth += 1;
      if (depth > max) return true;
    } else if (ch === 125 /* } */ || ch === 93 /* ] */) depth -= 1;
  }
  return false;
};

/**
 * Refuses JSON bodies nested deeper than `LIMITS.jsonDepth` with 422 `limit_exceeded`, before any
 * handler, schema or JSON.stringify/hash walks them recursively (which would overflow the stack and
 * answer 500). Reads the body through Hono's cache, so the route's own parse reuses the text.
 */
export const jsonDepthLimit = (): MiddlewareHandler => async (c, next) => {
  const type = c.req.header('content-type') ?? '';
  if (!/json/i.test(type) || c.req.method === 'GET' || c.req.method === 'HEAD') return next();
  // Compressed bodies (Segment SDKs) are checked by their route once inflated; read as text here they
  // would be decoded as UTF-8 and corrupted for the route.
  if (c.req.header('content-encoding')) return next();
  let text: string;
  try {
    text = await c.req.text();
  } catch {
    // An unreadable or too large body: the route reports it as before.
    return next();
  }
  if (jsonDepthExceeds(text, LIMITS.jsonDepth)) throw new LimitExceededError('jsonDepth');
  return next();
};
