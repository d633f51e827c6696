import { createRoute, z } from '@hono/zod-openapi';
import { journeyRunListResponseSchema, journeyRunQuerySchema } from '@journeyflow/shared/api/journeys';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { commonErrorResponses, jsonContent } from '../http/openApiResponses';
import type { ServerDeps } from '../serverDeps';
import { listJourneyRuns } from '../services/runsService';

const runsRoute = createRoute({
  method: 'get',
  path: '/journeys/{id}/runs',
  tags: ['journeys'],
  summary: 'Customers in the journey (any version), filtered by node and status',
  request: { params: z.object({ id: z.string() }), query: journeyRunQuerySchema },
  responses: {
    200: jsonContent(journeyRunListResponseSchema, 'Runs, newest first'),
    ...commonErrorResponses,
  },
});

export const createRunRoutes = (deps: ServerDeps) => {
  const router = createRouter();
  router.use('/journeys/:id/runs', requireUser(deps));
  return router.openapi(runsRoute, async (c) => {
    const items = await listJourneyRuns(
      deps.db.sql,
      c.get('user').workspaceId,
      c.req.valid('param').id,
      c.req.valid('query'),
    );
    return c.json({ items }, 200);
  });
};
