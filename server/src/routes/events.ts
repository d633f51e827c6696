import {
  eventBatchRequestSchema,
  trackEventRequestSchema,
  trackEventResponseSchema,
} from '@journeyflow/shared/api/events';
import { requireIngestionAuth } from '../auth/authMiddleware';
import { createRouter } from '../http/createRouter';
import { jsonBody, jsonContent } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';
import { trackEventBatch, trackEvents } from '../services/ingestionService';

const route = routeOf('events');

const trackRoute = route.post(
  '/events',
  'Track one event: deduplicated by messageId, placed by timestamp; unknown customers are created',
  {
    body: jsonBody(trackEventRequestSchema),
    responses: { 202: jsonContent(trackEventResponseSchema, 'Accepted') },
  },
);

const batchRoute = route.post(
  '/events/batch',
  'Track up to 10,000 events (16 MiB); one invalid event rejects the batch (422) and nothing is stored',
  {
    body: jsonBody(eventBatchRequestSchema),
    responses: { 202: jsonContent(trackEventResponseSchema, 'Accepted') },
  },
);

export const createEventRoutes = (deps: ServerDeps) => {
  const router = createRouter();
  router.use('/events', requireIngestionAuth(deps));
  router.use('/events/*', requireIngestionAuth(deps));
  return router
    .openapi(trackRoute, async (c) =>
      c.json(await trackEvents(deps.ingestion, c.get('principal').workspaceId, [c.req.valid('json')]), 202),
    )
    .openapi(batchRoute, async (c) =>
      c.json(
        await trackEventBatch(deps.ingestion, c.get('principal').workspaceId, c.req.valid('json').events),
        202,
      ),
    );
};
