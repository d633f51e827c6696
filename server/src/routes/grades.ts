import { gradeTiersSchema } from '@journeyflow/shared/audience/gradeTiers';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { jsonBody, ok } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { evaluateGrades, gradeChangedEvents } from '../services/audience/evaluateGrades';
import { getGradeTiers, saveGradeTiers } from '../services/audience/gradeTierStore';
import { journeyNow } from '../services/journeyClock';
import { assertRole } from '../services/permissions';
import { recordAudit } from '../services/recordAudit';

const route = routeOf('grades');

const getRoute = route.get(
  '/grades',
  'Grade tiers in priority order (the first matching rule is the grade)',
  { responses: ok(gradeTiersSchema, 'Tiers') },
);

const putRoute = route.put(
  '/grades',
  'Replace the grade tiers (admin); every customer is re-graded at once and changes emit grade_changed',
  { body: jsonBody(gradeTiersSchema), responses: ok(gradeTiersSchema, 'Saved') },
);

export const createGradeRoutes = (deps: ServerDeps) => {
  const signedIn = requireUser(deps);
  return createRouter()
    .openapi({ ...getRoute, middleware: [signedIn] as const }, async (c) =>
      c.json({ tiers: await getGradeTiers(deps.db.sql, c.get('user').workspaceId) }, 200),
    )
    .openapi({ ...putRoute, middleware: [signedIn] as const }, async (c) => {
      const user = c.get('user');
      // Re-grading every customer starts `entry.grade` journeys: an admin decision (SPEC §1).
      assertRole(user, 'admin', 'change grade tiers');
      const workspaceId = user.workspaceId;
      const { tiers } = c.req.valid('json');
      const before = await getGradeTiers(deps.db.sql, workspaceId);
      await deps.db.sql.transaction(async (tx) => {
        await saveGradeTiers(tx, workspaceId, tiers);
        await recordAudit(tx, {
          workspaceId,
          actorId: user.userId,
          action: 'updated',
          entityType: 'grade_tiers',
          entityId: workspaceId,
          before,
          after: tiers,
          at: deps.now(),
        });
      });
      const changes = await evaluateGrades(deps.db.sql, workspaceId, {
        now: journeyNow(deps),
        reason: 'tiers_changed',
      });
      await deps.ingestion.emit(workspaceId, gradeChangedEvents(changes));
      return c.json({ tiers: await getGradeTiers(deps.db.sql, workspaceId) }, 200);
    });
};
