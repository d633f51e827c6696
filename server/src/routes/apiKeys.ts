import { createRoute } from '@hono/zod-openapi';
import {
  apiKeyListResponseSchema,
  createApiKeyRequestSchema,
  createApiKeyResponseSchema,
} from '@journeyflow/shared/api/apiKeys';
import { idParamSchema } from '@journeyflow/shared/api/common';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { commonErrorResponses, jsonBody, jsonContent } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { createApiKey, deleteApiKey, listApiKeys } from '../services/apiKeyService';

const route = routeOf('api-keys');

const createKeyRoute = createRoute({
  ...route(
    'post',
    '/api-keys',
    'Create an API key (admin) with scopes; without `scopes` a public write key (`ingest`). The key is in this answer only',
  ),
  request: { body: jsonBody(createApiKeyRequestSchema) },
  responses: { 201: jsonContent(createApiKeyResponseSchema, 'Created'), ...commonErrorResponses },
});

const listKeysRoute = createRoute({
  ...route('get', '/api-keys', 'API keys with their scopes, without their secrets (admin)'),
  responses: { 200: jsonContent(apiKeyListResponseSchema, 'Keys'), ...commonErrorResponses },
});

const deleteKeyRoute = createRoute({
  ...route('delete', '/api-keys/{id}', 'Revoke a key (admin)'),
  request: { params: idParamSchema },
  responses: { 204: { description: 'Revoked' }, ...commonErrorResponses },
});

export const createApiKeyRoutes = (deps: ServerDeps) => {
  const signedIn = requireUser(deps, 'admin');
  return createRouter()
    .openapi({ ...createKeyRoute, middleware: signedIn }, async (c) =>
      c.json(await createApiKey(deps.db.orm, c.get('user'), c.req.valid('json'), deps.now()), 201),
    )
    .openapi({ ...listKeysRoute, middleware: signedIn }, async (c) =>
      c.json({ items: await listApiKeys(deps.db.orm, c.get('user')) }, 200),
    )
    .openapi({ ...deleteKeyRoute, middleware: signedIn }, async (c) => {
      await deleteApiKey(deps.db.orm, c.get('user'), c.req.valid('param').id, deps.now());
      return c.body(null, 204);
    });
};
