import { createRoute } from '@hono/zod-openapi';
import { traceQuerySchema, traceResponseSchema } from '@journeyflow/shared/api/trace';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { commonErrorResponses, jsonContent } from '../http/openApiResponses';
import type { ServerDeps } from '../serverDeps';
import { customerTrace } from '../services/runsService';
import { externalIdParamSchema } from './customers';

const traceRoute = createRoute({
  method: 'get',
  path: '/customers/{externalId}/trace',
  tags: ['customers'],
  summary: "Every step of the customer's runs with its reason: why did (or didn't) they get a message?",
  request: { params: externalIdParamSchema, query: traceQuerySchema },
  responses: { 200: jsonContent(traceResponseSchema, 'Trace, oldest first'), ...commonErrorResponses },
});

export const createTraceRoutes = (deps: ServerDeps) => {
  const router = createRouter();
  router.use('/customers/:externalId/trace', requireUser(deps));
  return router.openapi(traceRoute, async (c) => {
    const { externalId } = c.req.valid('param');
    const items = await customerTrace(
      deps.db.sql,
      c.get('user').workspaceId,
      externalId,
      c.req.valid('query').journeyId,
    );
    return c.json({ items }, 200);
  });
};
