import {
  gradeDistributionQuerySchema,
  gradeDistributionSchema,
} from '@journeyflow/shared/api/gradeDistribution';
import { eq } from 'drizzle-orm';
import { requireUser } from '../auth/authMiddleware';
import { workspaces } from '../db/schema/workspaces';
import { createRouter } from '../http/createRouter';
import { ok } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { gradeDistribution } from '../services/insight/gradeDistribution';
import { journeyNow } from '../services/journeyClock';

const route = routeOf('insights');

const gradesRoute = route.get(
  '/insights/grades',
  'Customers per grade at the end of each of the last `days` days (default 30)',
  {
    query: gradeDistributionQuerySchema,
    responses: ok(gradeDistributionSchema, 'Grade distribution over time'),
  },
);

export const createInsightRoutes = (deps: ServerDeps) => {
  const router = createRouter();
  router.use('/insights/*', requireUser(deps));
  return router.openapi(gradesRoute, async (c) => {
    const workspaceId = c.get('user').workspaceId;
    const [workspace] = await deps.db.orm
      .select({ timezone: workspaces.timezone })
      .from(workspaces)
      .where(eq(workspaces.id, workspaceId));
    return c.json(
      await gradeDistribution(deps.db.sql, workspaceId, {
        days: c.req.valid('query').days ?? 30,
        now: journeyNow(deps),
        timeZone: workspace?.timezone ?? 'Asia/Seoul',
      }),
      200,
    );
  });
};
