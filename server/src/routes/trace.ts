import { z } from '@hono/zod-openapi';
import { tracePageSchema, traceQuerySchema, traceResponseSchema } from '@journeyflow/shared/api/trace';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { ok } from '../http/openApiResponses';
import { PAGED_DESCRIPTION } from '../http/pagedResponse';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { pageCustomerTrace } from '../services/pageCustomerTrace';
import { customerTrace } from '../services/runsService';
import { externalIdParamSchema } from './customers';

const route = routeOf('customers');

const traceRoute = route.get(
  '/customers/{externalId}/trace',
  "Every step of the customer's runs with its reason: why did (or didn't) they get a message?",
  {
    description: PAGED_DESCRIPTION,
    params: externalIdParamSchema,
    query: traceQuerySchema,
    responses: ok(z.union([traceResponseSchema, tracePageSchema]), 'Trace, oldest first'),
  },
);

export const createTraceRoutes = (deps: ServerDeps) => {
  const router = createRouter();
  router.use('/customers/:externalId/trace', requireUser(deps));
  return router.openapi(traceRoute, async (c) => {
    const { externalId } = c.req.valid('param');
    const query = c.req.valid('query');
    const workspaceId = c.get('user').workspaceId;
    if (query.cursor !== undefined) {
      return c.json(await pageCustomerTrace(deps.db.sql, workspaceId, externalId, query, query.cursor), 200);
    }
    const items = await customerTrace(deps.db.sql, workspaceId, externalId, query.journeyId);
    return c.json({ items }, 200);
  });
};
