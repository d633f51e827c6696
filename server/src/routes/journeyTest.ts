import { z } from '@hono/zod-openapi';
import { testRunRequestSchema, testRunResponseSchema } from '@journeyflow/shared/api/testRun';
import { requireUser } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { jsonBody, ok } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { runJourneyTest } from '../services/insight/testRunService';

const route = routeOf('journeys');

const testRoute = route.post(
  '/journeys/{id}/test',
  'Run one customer (existing or made up) through the current draft on a simulated clock',
  {
    description:
      'Scripted events arrive `afterSeconds` after the start; waits pass instantly. Returns the trace and the ' +
      'rendered messages. Nothing is sent or stored.',
    params: z.object({ id: z.string() }),
    body: jsonBody(testRunRequestSchema, false),
    responses: ok(testRunResponseSchema, 'Trace and messages'),
  },
);

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
