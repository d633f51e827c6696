import {
  createWorkspaceRequestSchema,
  createWorkspaceResponseSchema,
} from '@journeyflow/shared/api/workspaces';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { conflictResponse, created, jsonBody } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { createWorkspace } from '../services/workspaceService';

const route = routeOf('workspaces');

const createWorkspaceRoute = route.post(
  '/workspaces',
  'Create a separate workspace with its first admin (admin); the creator gets no access to it',
  {
    body: jsonBody(createWorkspaceRequestSchema),
    responses: created(createWorkspaceResponseSchema, 'Created'),
    errors: conflictResponse,
  },
);

export const createWorkspaceRoutes = (deps: ServerDeps) =>
  createRouter().openapi({ ...createWorkspaceRoute, middleware: requireUser(deps, 'admin') }, async (c) =>
    c.json(await createWorkspace(deps.db.orm, c.get('user'), c.req.valid('json'), deps.now()), 201),
  );
