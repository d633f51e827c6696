import { createRoute, z } from '@hono/zod-openapi';
import { testRunRequestSchema, testRunResponseSchema } from '@journeyflow/shared/api/testRun';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { commonErrorResponses, jsonBody, jsonContent } from '../http/openApiResponses';
import type { ServerDeps } from '../serverDeps';
import { runJourneyTest } from '../services/insight/testRunService';

const testRoute = createRoute({
  method: 'post',
  path: '/journeys/{id}/test',
  tags: ['journeys'],
  summary: 'Run one customer (existing or made up) through the current draft on a simulated clock',
  description:
    'Scripted events arrive `afterSeconds` after the start; waits pass instantly. Returns the trace and the ' +
    'rendered messages. Nothing is sent or stored.',
  request: { params: z.object({ id: z.string() }), body: jsonBody(testRunRequestSchema, false) },
  responses: { 200: jsonContent(testRunResponseSchema, 'Trace and messages'), ...commonErrorResponses },
});

export const createJourneyTestRoutes = (deps: ServerDeps) => {
  const router = createRouter();
  router.use('/journeys/:id/test', requireUser(deps));
  return router.openapi(testRoute, async (c) => {
    // The body is optional: none tests with every default.
    const request = c.req.valid('json') ?? {};
    const result = await runJourneyTest(deps, c.get('user').workspaceId, c.req.valid('param').id, request);
    return c.json(result, 200);
  });
};
