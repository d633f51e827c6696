import type { Hook } from '@hono/zod-openapi';
import type { z } from 'zod';
import { errorBody } from '../errors/errorBody';
import type { AppEnv } from './appEnv';

export type ValidationIssueDetail = {
  readonly path: string;
  readonly message: string;
  readonly code: string;
};

export const describeZodIssues = (error: z.ZodError, prefix: string): ValidationIssueDetail[] =>
  error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].join('.'),
    message: issue.message,
    code: issue.code,
  }));

const TARGET_NAMES: Record<string, string> = {
  json: 'body',
  query: 'query',
  param: 'path',
  header: 'header',
};

/**
 * The one `defaultHook` of every router: a request that fails its zod schema gets
 * 422 `validation_failed` with every issue and its path, before any handler runs.
 */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result, c) => {
  if (result.success) return;
  const issues = describeZodIssues(result.error as z.ZodError, TARGET_NAMES[result.target] ?? result.target);
  const first = issues[0];
  const message = first ? `${first.path}: ${first.message}` : 'Invalid request';
  return c.json(errorBody('validation_failed', message, { issues }), 422);
};
