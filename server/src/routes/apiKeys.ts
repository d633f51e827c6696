import {
  apiKeyListResponseSchema,
  createApiKeyRequestSchema,
  createApiKeyResponseSchema,
} from '@journeyflow/shared/api/apiKeys';
import { idParamSchema } from '@journeyflow/shared/api/common';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { created, jsonBody, noContent, ok } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { createApiKey, deleteApiKey, listApiKeys } from '../services/apiKeyService';

const route = routeOf('api-keys');

const createKeyRoute = route.post(
  '/api-keys',
  'Create an API key (admin) with scopes; without `scopes` a public write key (`ingest`). The key is in this answer only',
  { body: jsonBody(createApiKeyRequestSchema), responses: created(createApiKeyResponseSchema, 'Created') },
);

const listKeysRoute = route.get('/api-keys', 'API keys with their scopes, without their secrets (admin)', {
  responses: ok(apiKeyListResponseSchema, 'Keys'),
});

const deleteKeyRoute = route.delete('/api-keys/{id}', 'Revoke a key (admin)', {
  params: idParamSchema,
  responses: noContent('Revoked'),
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
