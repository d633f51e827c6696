import { testSendRequestSchema, testSendResponseSchema } from '@journeyflow/shared/api/testSends';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { created, jsonBody, rateLimitedResponse } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { sendTest } from '../services/testSend/testSendService';

const route = routeOf('test-sends');

const testSendRoute = route.post(
  '/test-sends',
  'Send one real test message to a saved test recipient through the workspace’s provider (sandbox by default), with a real or made-up customer’s data; stored with `test: true`, 20 per user per 10 minutes',
  {
    body: jsonBody(testSendRequestSchema),
    responses: created(testSendResponseSchema, 'Sent (or refused by the provider: see `rejection`)'),
    errors: rateLimitedResponse,
  },
);

export const createTestSendRoutes = (deps: ServerDeps) =>
  createRouter().openapi({ ...testSendRoute, middleware: requireUser(deps) }, async (c) =>
    c.json(await sendTest(deps, c.get('user'), c.req.valid('json')), 201),
  );
