import type { MiddlewareHandler } from 'hono';
import { ValidationFailedError } from '../errors/domainErrors';

/** Deeper than any body the API accepts (conditions have their own, smaller cap). */
export const MAX_JSON_DEPTH = 128;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a text cannot be stored: PostgreSQL text and jsonb refuse NUL, and unpaired surrogates are not UTF-8. */
const textProblem = (text: string) =>
  text.includes('\u0000')
    ? 'a NUL character'
    : LONE_SURROGATE.test(text)
      ? 'an unpaired surrogate'
      : undefined;

/**
 * Finds the first place in a parsed JSON value that could not be stored or walked safely. Iterative,
 * so a hostile nesting depth cannot overflow the stack here.
 */
export const findJsonProblem = (value: unknown, maxDepth = MAX_JSON_DEPTH): string | undefined => {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: '$', depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof item.value === 'string') {
      const problem = textProblem(item.value);
      if (problem) return `Text at ${item.path} contains ${problem}`;
      continue;
    }
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth >= maxDepth) return `The body is nested deeper than ${maxDepth} levels at ${item.path}`;
    if (Array.isArray(item.value)) {
      for (const [index, child] of item.value.entries())
        stack.push({ value: child, path: `${item.path}[${index}]`, depth: item.depth + 1 });
      continue;
    }
    for (const [key, child] of Object.entries(item.value)) {
      const problem = textProblem(key);
      if (problem) return `A key in ${item.path} contains ${problem}`;
      stack.push({ value: child, path: `${item.path}.${key}`, depth: item.depth + 1 });
    }
  }
  return undefined;
};

/**
 * Refuses JSON bodies the database or a recursive walk would choke on, before any route sees them:
 * 422 instead of a 500 from PostgreSQL ("unsupported Unicode escape sequence") or a stack overflow.
 * The parsed body is cached by Hono, so routes do not parse it again.
 */
export const jsonBodyGuard = (): MiddlewareHandler => async (c, next) => {
  const type = c.req.header('content-type') ?? '';
  if (c.req.method === 'GET' || c.req.method === 'HEAD' || !/json/i.test(type)) return next();
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
