import { healthResponseSchema } from '@journeyflow/shared/api/common';
import { createRouter } from '../http/createRouter';
import { ok } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';

const route = routeOf('system');

const healthRoute = route.get('/health', 'Liveness check', {
  responses: ok(healthResponseSchema, 'The server is up'),
  commonErrors: false,
});

export const createHealthRoutes = () =>
  createRouter().openapi(healthRoute, (c) => c.json({ ok: true as const }, 200));
