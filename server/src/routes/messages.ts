import { z } from '@hono/zod-openapi';
import {
  messageListQuerySchema,
  messageListResponseSchema,
  messagePageSchema,
} from '@journeyflow/shared/api/messages';
import { requireUser } from '../auth/authMiddleware';
import { listMessages, pageMessages } from '../channels/messageService';
import { createRouter } from '../http/createRouter';
import { ok } from '../http/openApiResponses';
import { PAGED_DESCRIPTION } from '../http/pagedResponse';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';

const route = routeOf('messages');

const listRoute = route.get('/messages', 'The messages log: outbox rows with delivery status, newest first', {
  description: PAGED_DESCRIPTION,
  query: messageListQuerySchema,
  responses: ok(z.union([messageListResponseSchema, messagePageSchema]), 'Messages'),
});

export const createMessageRoutes = (deps: ServerDeps) => {
  const router = createRouter();
  router.use('/messages', requireUser(deps));
  return router.openapi(listRoute, async (c) => {
    const query = c.req.valid('query');
    const workspaceId = c.get('user').workspaceId;
    if (query.cursor !== undefined)
      return c.json(await pageMessages(deps.db.sql, workspaceId, query, query.cursor), 200);
    return c.json({ items: await listMessages(deps.db.sql, workspaceId, query) }, 200);
  });
};
