import type { MiddlewareHandler } from 'hono';
import { ValidationFailedError } from '../errors/domainErrors';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a text cannot be stored: PostgreSQL text and jsonb refuse NUL, and unpaired surrogates are not UTF-8. */
const textProblem = (text: string) =>
  text.includes('\u0000')
    ? 'a NUL character'
    : LONE_SURROGATE.test(text)
      ? 'an unpaired surrogate'
      : undefined;

/**
 * Finds the first text in a parsed JSON value that PostgreSQL could not store. Iterative, so no nesting
 * depth can overflow the stack here (depth itself is capped before parsing, by `jsonDepthLimit`).
 */
export const findJsonProblem = (value: unknown): string | undefined => {
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: '$' }];
  while (stack.length > 0) {
    const item = stack.pop() as { value: unknown; path: string };
    if (typeof item.value === 'string') {
      const problem = textProblem(item.value);
      if (problem) return `Text at ${item.path} contains ${problem}`;
      continue;
    }
    if (item.value === null || typeof item.value !== 'object') continue;
    if (Array.isArray(item.value)) {
      for (const [index, child] of item.value.entries())
        stack.push({ value: child, path: `${item.path}[${index}]` });
      continue;
    }
    for (const [key, child] of Object.entries(item.value)) {
      const problem = textProblem(key);
      if (problem) return `A key in ${item.path} contains ${problem}`;
      stack.push({ value: child, path: `${item.path}.${key}` });
    }
  }
  return undefined;
};

/**
 * Refuses JSON bodies with text the database would choke on, before any route sees them: 422 instead of
 * a 500 from PostgreSQL ("unsupported Unicode escape sequence").
 * The parsed body is cached by Hono, so routes do not parse it again.
 */
export const jsonBodyGuard = (): MiddlewareHandler => async (c, next) => {
  const type = c.req.header('content-type') ?? '';
  if (c.req.method === 'GET' || c.req.method === 'HEAD' || !/json/i.test(type)) return next();
  // Compressed bodies (Segment SDKs) are inflated and checked by their route.
  if (c.req.header('content-encoding')) return next();
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    // Malformed JSON is answered by the route's own validation (400 bad_request).
    return next();
  }
  const problem = findJsonProblem(body);
  if (problem) throw new ValidationFailedError(problem, { reason: 'invalid_json_text' });
  return next();
};
