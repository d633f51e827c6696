import { z } from '@hono/zod-openapi';
import {
  journeyRunListResponseSchema,
  journeyRunPageSchema,
  journeyRunQuerySchema,
} from '@journeyflow/shared/api/journeys';
import { waitingReasonsQuerySchema, waitingReasonsSchema } from '@journeyflow/shared/api/waitingReasons';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { ok } from '../http/openApiResponses';
import { PAGED_DESCRIPTION } from '../http/pagedResponse';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { listJourneyRuns, pageJourneyRuns } from '../services/runsService';
import { waitingReasons } from '../services/waitingReasons';

const route = routeOf('journeys');

const runsRoute = route.get(
  '/journeys/{id}/runs',
  'Customers in the journey (any version), filtered by node and status',
  {
    description: PAGED_DESCRIPTION,
    params: z.object({ id: z.string() }),
    query: journeyRunQuerySchema,
    responses: ok(z.union([journeyRunListResponseSchema, journeyRunPageSchema]), 'Runs, newest first'),
  },
);

const waitingRoute = route.get(
  '/journeys/{id}/waiting',
  'Why the customers on a node wait: counts by trace code and local wake-up time',
  {
    params: z.object({ id: z.string() }),
    query: waitingReasonsQuerySchema,
    responses: ok(waitingReasonsSchema, 'Waiting groups'),
  },
);

export const createRunRoutes = (deps: ServerDeps) => {
  const router = createRouter();
  router.use('/journeys/:id/runs', requireUser(deps));
  router.use('/journeys/:id/waiting', requireUser(deps));
  router.openapi(waitingRoute, async (c) =>
    c.json(
      await waitingReasons(
        deps.db.sql,
        c.get('user').workspaceId,
        c.req.valid('param').id,
        c.req.valid('query').nodeId,
      ),
      200,
    ),
  );
  return router.openapi(runsRoute, async (c) => {
    const { workspaceId, role } = c.get('user');
    const journeyId = c.req.valid('param').id;
    const query = c.req.valid('query');
    if (query.cursor !== undefined) {
      return c.json(
        await pageJourneyRuns(deps.db.sql, workspaceId, journeyId, query, query.cursor, role),
        200,
      );
    }
    return c.json({ items: await listJourneyRuns(deps.db.sql, workspaceId, journeyId, query, role) }, 200);
  });
};
