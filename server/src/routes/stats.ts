import { createRoute, z } from '@hono/zod-openapi';
import { journeyStatsSchema } from '@journeyflow/shared/api/stats';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { commonErrorResponses, jsonContent } from '../http/openApiResponses';
import type { ServerDeps } from '../serverDeps';
import { journeyStats } from '../services/statsService';

const statsRoute = createRoute({
  method: 'get',
  path: '/journeys/{id}/stats',
  tags: ['journeys'],
  summary:
    'Per node: entered, active, completed, sent, failed, skipped, conversions, time-in-node p50/p90/p99 (seconds); journey totals',
  request: { params: z.object({ id: z.string() }) },
  responses: { 200: jsonContent(journeyStatsSchema, 'Stats'), ...commonErrorResponses },
});

export const createStatsRoutes = (deps: ServerDeps) => {
  const router = createRouter();
  router.use('/journeys/:id/stats', requireUser(deps));
  return router.openapi(statsRoute, async (c) =>
    c.json(await journeyStats(deps.db.sql, c.get('user').workspaceId, c.req.valid('param').id), 200),
  );
};
