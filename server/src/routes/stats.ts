import { z } from '@hono/zod-openapi';
import { journeyStatsSchema } from '@journeyflow/shared/api/stats';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { ok } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { journeyStats } from '../services/statsService';

const route = routeOf('journeys');

const statsRoute = route.get(
  '/journeys/{id}/stats',
  'Per node: entered, active, completed, sent, failed, skipped, conversions, time-in-node p50/p90/p99 (seconds); journey totals',
  { params: z.object({ id: z.string() }), responses: ok(journeyStatsSchema, 'Stats') },
);

export const createStatsRoutes = (deps: ServerDeps) => {
  const router = createRouter();
  router.use('/journeys/:id/stats', requireUser(deps));
  return router.openapi(statsRoute, async (c) =>
    c.json(await journeyStats(deps.db.sql, c.get('user').workspaceId, c.req.valid('param').id), 200),
  );
};
