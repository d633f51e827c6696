import { createRoute } from '@hono/zod-openapi';
import { gradeTiersSchema } from '@journeyflow/shared/audience/gradeTiers';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { commonErrorResponses, jsonBody, jsonContent } from '../http/openApiResponses';
import type { ServerDeps } from '../serverDeps';
import { audienceIngestionFor } from '../services/audience/audienceIngestionFor';
import { evaluateGrades, gradeChangedEvents } from '../services/audience/evaluateGrades';
import { getGradeTiers, saveGradeTiers } from '../services/audience/gradeTierStore';
import { journeyNow } from '../services/journeyClock';

const getRoute = createRoute({
  method: 'get',
  path: '/grades',
  tags: ['grades'],
  summary: 'Grade tiers in priority order (the first matching rule is the grade)',
  responses: { 200: jsonContent(gradeTiersSchema, 'Tiers'), ...commonErrorResponses },
});

const putRoute = createRoute({
  method: 'put',
  path: '/grades',
  tags: ['grades'],
  summary: 'Replace the grade tiers; every customer is re-graded at once and changes emit grade_changed',
  request: { body: jsonBody(gradeTiersSchema) },
  responses: { 200: jsonContent(gradeTiersSchema, 'Saved'), ...commonErrorResponses },
});

export const createGradeRoutes = (deps: ServerDeps) => {
  const signedIn = requireUser(deps);
  return createRouter()
    .openapi({ ...getRoute, middleware: [signedIn] as const }, async (c) =>
      c.json({ tiers: await getGradeTiers(deps.db.sql, c.get('user').workspaceId) }, 200),
    )
    .openapi({ ...putRoute, middleware: [signedIn] as const }, async (c) => {
      const workspaceId = c.get('user').workspaceId;
      const { tiers } = c.req.valid('json');
      await saveGradeTiers(deps.db.sql, workspaceId, tiers);
      const changes = await evaluateGrades(deps.db.sql, workspaceId, {
        now: journeyNow(deps),
        reason: 'tiers_changed',
      });
      await audienceIngestionFor(deps).emit(workspaceId, gradeChangedEvents(changes));
      return c.json({ tiers: await getGradeTiers(deps.db.sql, workspaceId) }, 200);
    });
};
