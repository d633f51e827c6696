import { workspaceCatalogSchema } from '@journeyflow/shared/api/catalog';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { ok } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { journeyNow } from '../services/journeyClock';
import { loadWorkspaceCatalog } from '../services/workspaceCatalog';

const route = routeOf('catalog');

const getRoute = route.get(
  '/catalog',
  'Event names (with property keys) and customer attributes the workspace has seen, for autocomplete',
  { responses: ok(workspaceCatalogSchema, 'Catalog') },
);

export const createCatalogRoutes = (deps: ServerDeps) =>
  createRouter().openapi({ ...getRoute, middleware: [requireUser(deps)] as const }, async (c) =>
    c.json(
      await loadWorkspaceCatalog(deps.db.sql, c.get('user').workspaceId, { now: journeyNow(deps) }),
      200,
    ),
  );
