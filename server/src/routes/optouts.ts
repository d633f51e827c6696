import {
  optoutListResponseSchema,
  optoutRequestSchema,
  optoutResponseSchema,
} from '@journeyflow/shared/api/optouts';
import { requireIngestionAuth } from '../auth/authMiddleware';
import { addOptouts, listOptouts } from '../channels/optoutService';
import { createRouter } from '../http/createRouter';
import { jsonBody, ok } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { auditActorOf, recordAudit } from '../services/recordAudit';

const route = routeOf('optouts');

const addRoute = route.post(
  '/optouts',
  '080 opt-out sync: bulk phone numbers, normalised; ads to them are skipped at send time',
  { body: jsonBody(optoutRequestSchema), responses: ok(optoutResponseSchema, 'Recorded') },
);

const listRoute = route.get(
  '/optouts',
  'Opted-out numbers, newest first (API key with `optouts:read`, or signed in)',
  { responses: ok(optoutListResponseSchema, 'Opt-outs') },
);

/**
 * The 080 provider's sync job calls these with a workspace API key (adding: `ingest`; reading the list of
 * phone numbers: `optouts:read`); signed-in users may too.
 */
export const createOptoutRoutes = (deps: ServerDeps) => {
  const router = createRouter();
  router.on('POST', '/optouts', requireIngestionAuth(deps));
  router.on('GET', '/optouts', requireIngestionAuth(deps, 'optouts:read'));
  return router
    .openapi(addRoute, async (c) => {
      const principal = c.get('principal');
      const result = await addOptouts(deps.db.sql, principal.workspaceId, c.req.valid('json').phones);
      if (result.added > 0) {
        await recordAudit(deps.db.sql, {
          workspaceId: principal.workspaceId,
          actorId: auditActorOf(principal),
          action: 'created',
          entityType: 'optout',
          entityId: principal.workspaceId,
          after: result,
          details: { submitted: c.req.valid('json').phones.length },
          at: deps.now(),
        });
      }
      return c.json(result, 200);
    })
    .openapi(listRoute, async (c) =>
      c.json({ items: await listOptouts(deps.db.sql, c.get('principal').workspaceId) }, 200),
    );
};
