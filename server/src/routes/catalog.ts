import { createRoute } from '@hono/zod-openapi';
import { workspaceCatalogSchema } from '@journeyflow/shared/api/catalog';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { commonErrorResponses, jsonContent } from '../http/openApiResponses';
import type { ServerDeps } from '../serverDeps';
import { journeyNow } from '../services/journeyClock';
import { loadWorkspaceCatalog } from '../services/workspaceCatalog';

const getRoute = createRoute({
  method: 'get',
  path: '/catalog',
  tags: ['catalog'],
  summary:
    'Event names (with property keys) and customer attributes the workspace has seen, for autocomplete',
  responses: { 200: jsonContent(workspaceCatalogSchema, 'Catalog'), ...commonErrorResponses },
});

export const createCatalogRoutes = (deps: ServerDeps) =>
  createRouter().openapi({ ...getRoute, middleware: [requireUser(deps)] as const }, async (c) =>
    c.json(
      await loadWorkspaceCatalog(deps.db.sql, c.get('user').workspaceId, { now: journeyNow(deps) }),
      200,
    ),
  );
