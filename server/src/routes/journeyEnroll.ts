import { z } from '@hono/zod-openapi';
import { enrollRequestSchema, enrollResponseSchema } from '@journeyflow/shared/api/enroll';
import { requireApiKey } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { jsonBody, ok } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { enrollInJourney } from '../services/journeyEnrollment';

const route = routeOf('journeys');

const enrollRoute = route.post(
  '/journeys/{id}/enroll',
  'Put customers into a live journey whose entry is entry.api (server key, scope journeys:enroll)',
  {
    description:
      'Body: `{ externalId, properties?, idempotencyKey? }` or `{ customers: [{ externalId, properties? }], ' +
      'idempotencyKey? }` (at most 1,000 customers). Unknown customers are created with an empty profile, as ' +
      '`POST /api/events` does. `properties` are the trigger properties the entry `where` and templates read. ' +
      'Re-entry rules, the entry limit and the active period apply; consent is not needed to enter (sends ' +
      'check it). Answers per customer `{ externalId, entered, reason? }` (`reason` is an entry refusal code: ' +
      '`reentry_refused`, `entry_limit`, `where_mismatch`, `outside_active_period`). The same ' +
      '`idempotencyKey` never enters anyone twice: a repeat gets the first answer with `replayed: true`, and ' +
      'the key with a different body is 409. A journey that is not live, or starts with another entry, is 409.',
    params: z.object({ id: z.string() }),
    body: jsonBody(enrollRequestSchema),
    responses: ok(enrollResponseSchema, 'Per-customer results'),
  },
);

export const createJourneyEnrollRoutes = (deps: ServerDeps) => {
  const router = createRouter();
  router.use('/journeys/:id/enroll', requireApiKey(deps, 'journeys:enroll'));
  return router.openapi(enrollRoute, async (c) =>
    c.json(
      await enrollInJourney(
        deps,
        c.get('principal').workspaceId,
        c.req.valid('param').id,
        c.req.valid('json'),
      ),
      200,
    ),
  );
};
