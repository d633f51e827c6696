import { z } from '@hono/zod-openapi';
import { journeyReportQuerySchema, journeyReportSchema } from '@journeyflow/shared/api/stats';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { ok } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { journeyReport } from '../services/insight/journeyReport';

const route = routeOf('journeys');

const reportRoute = route.get(
  '/journeys/{id}/report',
  'Entries per day, conversions, attributed revenue, cost, ROI, holdout uplift and A/B branches',
  {
    description:
      '`from`/`to` are days (YYYY-MM-DD) in the journey timezone, inclusive, on the day customers entered. ' +
      'Revenue sums the goal events’ `amount` within the attribution window after entry, each purchase ' +
      'attributed once across the workspace to the last journey that touched the customer (`attribution` ' +
      'names the rule; the event that started a run is not its conversion); ROI is ' +
      '(revenue − cost) / cost, null without cost. A branch is `winner` only at p < 0.05 against the runner-up.',
    params: z.object({ id: z.string() }),
    query: journeyReportQuerySchema,
    responses: ok(journeyReportSchema, 'Report'),
  },
);

export const createJourneyReportRoutes = (deps: ServerDeps) => {
  const router = createRouter();
  router.use('/journeys/:id/report', requireUser(deps));
  return router.openapi(reportRoute, async (c) =>
    c.json(
      await journeyReport(
        deps.db.sql,
        c.get('user').workspaceId,
        c.req.valid('param').id,
        c.req.valid('query'),
      ),
      200,
    ),
  );
};
