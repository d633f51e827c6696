import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './appEnv';
import { validationHook } from './validationHook';

/** Every sub-app is made here so they all share the validation hook (one error format). */
export const createRouter = () => new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
