import { createRoute, z } from '@hono/zod-openapi';
import {
  journeyRunListResponseSchema,
  journeyRunPageSchema,
  journeyRunQuerySchema,
} from '@journeyflow/shared/api/journeys';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { commonErrorResponses, jsonContent } from '../http/openApiResponses';
import { PAGED_DESCRIPTION } from '../http/pagedResponse';
import type { ServerDeps } from '../serverDeps';
import { listJourneyRuns, pageJourneyRuns } from '../services/runsService';

const runsRoute = createRoute({
  method: 'get',
  path: '/journeys/{id}/runs',
  tags: ['journeys'],
  summary: 'Customers in the journey (any version), filtered by node and status',
  description: PAGED_DESCRIPTION,
  request: { params: z.object({ id: z.string() }), query: journeyRunQuerySchema },
  responses: {
    200: jsonContent(z.union([journeyRunListResponseSchema, journeyRunPageSchema]), 'Runs, newest first'),
    ...commonErrorResponses,
  },
});

export const createRunRoutes = (deps: ServerDeps) => {
  const router = createRouter();
  router.use('/journeys/:id/runs', requireUser(deps));
  return router.openapi(runsRoute, async (c) => {
    const workspaceId = c.get('user').workspaceId;
    const journeyId = c.req.valid('param').id;
    const query = c.req.valid('query');
    if (query.cursor !== undefined) {
      return c.json(await pageJourneyRuns(deps.db.sql, workspaceId, journeyId, query, query.cursor), 200);
    }
    return c.json({ items: await listJourneyRuns(deps.db.sql, workspaceId, journeyId, query) }, 200);
  });
};
