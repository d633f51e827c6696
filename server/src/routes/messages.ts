import { createRoute } from '@hono/zod-openapi';
import { messageListQuerySchema, messageListResponseSchema } from '@journeyflow/shared/api/messages';
import { requireUser } from '../auth/authMiddleware';
import { listMessages } from '../channels/messageService';
import { createRouter } from '../http/createRouter';
import { commonErrorResponses, jsonContent } from '../http/openApiResponses';
import type { ServerDeps } from '../serverDeps';

const listRoute = createRoute({
  method: 'get',
  path: '/messages',
  tags: ['messages'],
  summary: 'The messages log: outbox rows with delivery status, newest first',
  request: { query: messageListQuerySchema },
  responses: { 200: jsonContent(messageListResponseSchema, 'Messages'), ...commonErrorResponses },
});

export const createMessageRoutes = (deps: ServerDeps) => {
  const router = createRouter();
  router.use('/messages', requireUser(deps));
  return router.openapi(listRoute, async (c) =>
    c.json({ items: await listMessages(deps.db.sql, c.get('user').workspaceId, c.req.valid('query')) }, 200),
  );
};
