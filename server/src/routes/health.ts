import { createRoute } from '@hono/zod-openapi';
import { healthResponseSchema } from '@journeyflow/shared/api/common';
import { createRouter } from '../http/createRouter';
import { jsonContent } from '../http/openApiResponses';

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  tags: ['system'],
  summary: 'Liveness check',
  responses: { 200: jsonContent(healthResponseSchema, 'The server is up') },
});

export const createHealthRoutes = () =>
  createRouter().openapi(healthRoute, (c) => c.json({ ok: true as const }, 200));
