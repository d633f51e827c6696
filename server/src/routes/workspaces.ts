import { createRoute } from '@hono/zod-openapi';
import {
  createWorkspaceRequestSchema,
  createWorkspaceResponseSchema,
} from '@journeyflow/shared/api/workspaces';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { commonErrorResponses, conflictResponse, jsonBody, jsonContent } from '../http/openApiResponses';
import type { ServerDeps } from '../serverDeps';
import { createWorkspace } from '../services/workspaceService';

const createWorkspaceRoute = createRoute({
  method: 'post',
  path: '/workspaces',
  tags: ['workspaces'],
  summary: 'Create a separate workspace with its first admin (admin); the creator gets no access to it',
  request: { body: jsonBody(createWorkspaceRequestSchema) },
  responses: {
    201: jsonContent(createWorkspaceResponseSchema, 'Created'),
    ...commonErrorResponses,
    ...conflictResponse,
  },
});

export const createWorkspaceRoutes = (deps: ServerDeps) =>
  createRouter().openapi({ ...createWorkspaceRoute, middleware: requireUser(deps, 'admin') }, async (c) =>
    c.json(await createWorkspace(deps.db.orm, c.get('user'), c.req.valid('json'), deps.now()), 201),
  );
