import { z } from '@hono/zod-openapi';
import { idParamSchema } from '@journeyflow/shared/api/common';
import type { InappMessage } from '@journeyflow/shared/api/inapp';
import {
  inappMessageListResponseSchema,
  inappMessageSchema,
  inappTokenQuerySchema,
  inappTokenRequestSchema,
  inappTokenResponseSchema,
} from '@journeyflow/shared/api/inapp';
import { cors } from 'hono/cors';
import { streamSSE } from 'hono/streaming';
import { requireIngestionAuth } from '../auth/authMiddleware';
import type { ChannelServices } from '../channels/channelServices';
import { issueInappToken, listInbox, markInappRead, requireInappClaims } from '../channels/inappService';
import { INAPP_WIDGET_SCRIPT } from '../channels/inappWidgetScript';
import { createRouter } from '../http/createRouter';
import { jsonBody, ok } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import type { ServerDeps } from '../serverDeps';

const route = routeOf('inapp');

const tokenRoute = route.post(
  '/inapp/token',
  "Issue a short-lived token for one customer's in-app messages (API key with `inapp:token`; call from your backend)",
  { body: jsonBody(inappTokenRequestSchema), responses: ok(inappTokenResponseSchema, 'Token') },
);

const streamRoute = route.get(
  '/inapp/stream',
  "Server-sent events: `message` (an in-app message as JSON) for the token's customer, `ready`, `expired`",
  {
    query: inappTokenQuerySchema,
    responses: {
      200: { description: 'Event stream', content: { 'text/event-stream': { schema: z.string() } } },
    },
  },
);

const listRoute = route.get('/inapp/messages', "The token's customer's inbox, newest first", {
  query: inappTokenQuerySchema,
  responses: ok(inappMessageListResponseSchema.extend({ unread: z.number().int() }), 'Inbox'),
});

const readRoute = route.post('/inapp/messages/{id}/read', "Mark one of the customer's messages read", {
  params: idParamSchema,
  query: inappTokenQuerySchema,
  responses: ok(inappMessageSchema, 'Marked read'),
});

const widgetRoute = route.get(
  '/inapp/widget.js',
  'Embeddable `<journeyflow-inbox>` web component (toasts + inbox)',
  {
    responses: {
      200: { description: 'JavaScript', content: { 'application/javascript': { schema: z.string() } } },
    },
    commonErrors: false,
  },
);

export type InappRouteOptions = {
  readonly heartbeatMs?: number;
};

/**
 * In-app delivery (SPEC §7): token issuance for a site's backend, and token-scoped inbox, read receipts
 * and SSE for the browser. The browser routes allow any origin: the token, not a cookie, is the credential.
 */
export const createInappRoutes = (
  deps: ServerDeps,
  channels: ChannelServices,
  options: InappRouteOptions = {},
) => {
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const sql = deps.db.sql;
  const router = createRouter();
  router.use('/inapp/*', async (c, next) => {
    await next();
    // Any site may embed the widget and read its own customer's inbox (the token is the credential).
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
  });
  router.use(
    '/inapp/*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['content-type', 'x-requested-with'],
    }),
  );
  router.use('/inapp/token', requireIngestionAuth(deps, 'inapp:token'));
  return router
    .openapi(tokenRoute, async (c) => {
      const { externalId } = c.req.valid('json');
      return c.json(
        await issueInappToken(sql, channels.tokens, c.get('principal').workspaceId, externalId, deps.now()),
        200,
      );
    })
    .openapi(listRoute, async (c) => {
      const claims = requireInappClaims(channels.tokens, c.req.valid('query').token, deps.now());
      const items = await listInbox(sql, claims);
      return c.json({ items, unread: items.filter((m) => m.readAt === null).length }, 200);
    })
    .openapi(readRoute, async (c) => {
      const claims = requireInappClaims(channels.tokens, c.req.valid('query').token, deps.now());
      return c.json(await markInappRead(sql, claims, c.req.valid('param').id, deps.now()), 200);
    })
    .openapi(streamRoute, async (c) => {
      const claims = requireInappClaims(channels.tokens, c.req.valid('query').token, deps.now());
      // Messages come from the hub: published by this process, or found by the customer's one shared feed.
      // Until the stream is open they wait here; subscribing first refuses a stream over the limit (429).
      const pending: InappMessage[] = [];
      let deliver: (message: InappMessage) => void = (message) => pending.push(message);
      const unsubscribe = channels.hub.subscribe(claims.workspaceId, claims.customerId, (message) =>
        deliver(message),
      );
      c.header('X-Accel-Buffering', 'no');
      return streamSSE(c, async (stream) => {
        stream.onAbort(unsubscribe);
        try {
          const seen = new Set<string>();
          const send = async (message: InappMessage) => {
            if (seen.has(message.id) || stream.aborted) return;
            seen.add(message.id);
            await stream.writeSSE({ event: 'message', id: message.id, data: JSON.stringify(message) });
          };
          await stream.writeSSE({ event: 'ready', data: JSON.stringify({ externalId: claims.externalId }) });
          deliver = (message) => void send(message);
          for (const message of pending.splice(0)) await send(message);
          while (!stream.aborted) {
            const untilExpiry = claims.expiresAt * 1000 - Date.now();
            if (untilExpiry <= 0) {
              await stream.writeSSE({ event: 'expired', data: '{}' });
              break;
            }
            await stream.sleep(Math.min(heartbeatMs, untilExpiry));
            if (!stream.aborted && claims.expiresAt * 1000 > Date.now()) await stream.write(': ping\n\n');
          }
        } finally {
          unsubscribe();
        }
      });
    })
    .openapi(widgetRoute, (c) => {
      c.header('Cache-Control', 'public, max-age=300');
      return c.body(INAPP_WIDGET_SCRIPT, 200, { 'Content-Type': 'application/javascript; charset=utf-8' });
    });
};
