import type { Hook } from '@hono/zod-openapi';
import { limitMessage } from '@journeyflow/shared/journey/conditionBounds';
import { isLimitExceeded, type LimitExceeded } from '@journeyflow/shared/limits';
import type { z } from 'zod';
import { errorBody } from '../errors/errorBody';
import type { AppEnv } from './appEnv';

export type ValidationIssueDetail = {
  readonly path: string;
  readonly message: string;
  readonly code: string;
};

/** The cap a zod issue reports (see `withinLimit` and the condition bounds check in shared), if any. */
export const limitOfIssues = (error: z.ZodError): LimitExceeded | undefined => {
  for (const issue of error.issues) {
    const found = findLimit(issue);
    if (found) return found;
  }
  return undefined;
};

/** Union issues nest the branches' issues; a cap inside any of them counts. */
const findLimit = (issue: z.core.$ZodIssue): LimitExceeded | undefined => {
  const params = (issue as { params?: unknown }).params;
  if (isLimitExceeded(params)) return params;
  if (issue.code === 'invalid_union') {
    for (const branch of issue.errors) {
      for (const inner of branch) {
        const found = findLimit(inner);
        if (found) return found;
      }
    }
  }
  return undefined;
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
  const limit = limitOfIssues(result.error as z.ZodError);
  if (limit) return c.json(errorBody('limit_exceeded', limitMessage(limit), { ...limit, issues }), 422);
  return c.json(errorBody('validation_failed', message, { issues }), 422);
};
