import { createRoute } from '@hono/zod-openapi';
import { testSendRequestSchema, testSendResponseSchema } from '@journeyflow/shared/api/testSends';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { commonErrorResponses, jsonBody, jsonContent, rateLimitedResponse } from '../http/openApiResponses';
import type { ServerDeps } from '../serverDeps';
import { sendTest } from '../services/testSend/testSendService';

const testSendRoute = createRoute({
  method: 'post',
  path: '/test-sends',
  tags: ['test-sends'],
  summary:
    'Send one real test message to a saved test recipient through the workspace’s provider (sandbox by default), with a real or made-up customer’s data; stored with `test: true`, 20 per user per 10 minutes',
  request: { body: jsonBody(testSendRequestSchema) },
  responses: {
    201: jsonContent(testSendResponseSchema, 'Sent (or refused by the provider: see `rejection`)'),
    ...commonErrorResponses,
    ...rateLimitedResponse,
  },
});

export const createTestSendRoutes = (deps: ServerDeps) =>
  createRouter().openapi({ ...testSendRoute, middleware: requireUser(deps) }, async (c) =>
    c.json(await sendTest(deps, c.get('user'), c.req.valid('json')), 201),
  );
