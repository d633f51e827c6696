import type { RouteHandler } from '@hono/zod-openapi';
import { requireUser } from '../auth/authMiddleware';
import type { UserPrincipal } from '../auth/principal';
import type { AppEnv } from '../http/appEnv';
import { createRouter } from '../http/createRouter';
import type { ServerDeps } from '../serverDeps';
import { diffJourneyVersions } from '../services/journeyDiff';
import { withJourneyTemplate } from '../services/journeyGallery';
import {
  addJourneyComment,
  getVersion,
  listComments,
  listJourneyAudit,
  listVersions,
} from '../services/journeyHistory';
import { changeLifecycle } from '../services/journeyLifecycle';
import { publishJourney } from '../services/journeyPublish';
import {
  createJourney,
  deleteJourney,
  getJourney,
  listJourneys,
  updateJourney,
  validateStoredJourney,
} from '../services/journeyService';
import type { JourneyView } from '../services/journeyView';
import { reviewJourney, submitJourney } from '../services/journeyWorkflow';
import { loadComplianceContext } from '../services/loadComplianceContext';
import { pageJourneys } from '../services/pageJourneys';
import { resolveJourneyComment } from '../services/resolveJourneyComment';
import {
  addCommentRoute,
  auditRoute,
  commentsRoute,
  createJourneyRoute,
  deleteRoute,
  diffRoute,
  getRoute,
  listRoute,
  publishRoute,
  resolveCommentRoute,
  updateRoute,
  validateRoute,
  versionRoute,
  versionsRoute,
  workflowRoute,
} from './journeyRouteDefs';

/**
 * One handler for every workflow transition (submit, approve, reject, pause, resume, archive): they all
 * take the journey id and an optional comment and answer the journey after the transition.
 */
const transition =
  (
    run: (user: UserPrincipal, id: string, comment: string | undefined) => Promise<JourneyView>,
  ): RouteHandler<ReturnType<typeof workflowRoute>, AppEnv> =>
  async (c) =>
    c.json(await run(c.get('user'), c.req.valid('param').id, c.req.valid('json').comment), 200);

export const createJourneyRoutes = (deps: ServerDeps) => {
  const signedIn = { middleware: requireUser(deps) };
  const orm = deps.db.orm;
  return createRouter()
    .openapi({ ...listRoute, ...signedIn }, async (c) => {
      const query = c.req.valid('query');
      if (query.cursor !== undefined)
        return c.json(await pageJourneys(orm, c.get('user'), query, query.cursor), 200);
      return c.json({ items: await listJourneys(orm, c.get('user'), query) }, 200);
    })
    .openapi({ ...createJourneyRoute, ...signedIn }, async (c) =>
      c.json(
        await createJourney(
          orm,
          c.get('user'),
          await withJourneyTemplate(orm, c.get('user').workspaceId, c.req.valid('json')),
          deps.now(),
        ),
        201,
      ),
    )
    .openapi({ ...getRoute, ...signedIn }, async (c) =>
      c.json(await getJourney(orm, c.get('user'), c.req.valid('param').id), 200),
    )
    .openapi({ ...updateRoute, ...signedIn }, async (c) =>
      c.json(
        await updateJourney(orm, c.get('user'), c.req.valid('param').id, c.req.valid('json'), deps.now()),
        200,
      ),
    )
    .openapi({ ...deleteRoute, ...signedIn }, async (c) => {
      await deleteJourney(orm, c.get('user'), c.req.valid('param').id, deps.now());
      return c.body(null, 204);
    })
    .openapi({ ...validateRoute, ...signedIn }, async (c) =>
      c.json(
        await validateStoredJourney(
          orm,
          c.get('user'),
          c.req.valid('param').id,
          await loadComplianceContext(deps.db.sql, c.get('user').workspaceId),
        ),
        200,
      ),
    )
    .openapi(
      { ...workflowRoute('submit', 'Submit the draft for review'), ...signedIn },
      transition((user, id, comment) => submitJourney(deps, user, id, comment)),
    )
    .openapi(
      { ...workflowRoute('approve', "Approve someone else's submission (reviewer or admin)"), ...signedIn },
      transition((user, id, comment) => reviewJourney(deps, user, id, 'approve', comment)),
    )
    .openapi(
      {
        ...workflowRoute('reject', 'Send the submission back to draft with a comment (reviewer or admin)'),
        ...signedIn,
      },
      transition((user, id, comment) => reviewJourney(deps, user, id, 'reject', comment)),
    )
    .openapi({ ...publishRoute, ...signedIn }, async (c) =>
      c.json(await publishJourney(deps, c.get('user'), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      { ...workflowRoute('pause', 'Pause the live version (admin)'), ...signedIn },
      transition((user, id, comment) => changeLifecycle(deps, user, id, 'pause', comment)),
    )
    .openapi(
      { ...workflowRoute('resume', 'Resume a paused journey (admin)'), ...signedIn },
      transition((user, id, comment) => changeLifecycle(deps, user, id, 'resume', comment)),
    )
    .openapi(
      { ...workflowRoute('archive', 'Archive the journey for good (admin)'), ...signedIn },
      transition((user, id, comment) => changeLifecycle(deps, user, id, 'archive', comment)),
    )
    .openapi({ ...versionsRoute, ...signedIn }, async (c) =>
      c.json({ items: await listVersions(orm, c.get('user'), c.req.valid('param').id) }, 200),
    )
    .openapi({ ...versionRoute, ...signedIn }, async (c) => {
      const { id, n } = c.req.valid('param');
      return c.json(await getVersion(orm, c.get('user'), id, n), 200);
    })
    .openapi({ ...diffRoute, ...signedIn }, async (c) =>
      c.json(
        await diffJourneyVersions(orm, c.get('user'), c.req.valid('param').id, c.req.valid('query')),
        200,
      ),
    )
    .openapi({ ...auditRoute, ...signedIn }, async (c) =>
      c.json({ items: await listJourneyAudit(orm, c.get('user'), c.req.valid('param').id) }, 200),
    )
    .openapi({ ...commentsRoute, ...signedIn }, async (c) =>
      c.json({ items: await listComments(orm, c.get('user'), c.req.valid('param').id) }, 200),
    )
    .openapi({ ...addCommentRoute, ...signedIn }, async (c) =>
      c.json(
        await addJourneyComment(orm, c.get('user'), c.req.valid('param').id, c.req.valid('json'), deps.now()),
        201,
      ),
    )
    .openapi({ ...resolveCommentRoute, ...signedIn }, async (c) => {
      const { id, commentId } = c.req.valid('param');
      return c.json(
        await resolveJourneyComment(orm, c.get('user'), id, commentId, c.req.valid('json'), deps.now()),
        200,
      );
    });
};
