import { gunzipSync } from 'node:zlib';
import type { TrackedEvent } from '@journeyflow/engine/ingest/ingestEvents';
import type { CustomerUpsert } from '@journeyflow/engine/ingest/upsertCustomers';
import {
  type SegmentGroup,
  type SegmentIdentify,
  type SegmentPage,
  type SegmentTrack,
  segmentAliasSchema,
  segmentBatchSchema,
  segmentGroupSchema,
  segmentIdentifySchema,
  segmentPageSchema,
  segmentTrackingResponseSchema,
  segmentTrackSchema,
} from '@journeyflow/shared/api/segmentTrackingApi';
import { isValidTimeZone } from '@journeyflow/shared/journey/timezone';
import { LIMITS } from '@journeyflow/shared/limits';
import type { Context } from 'hono';
import type { z } from 'zod';
import { requireApiKeyBasicAuth } from '../auth/authMiddleware';
import { BadRequestError, PayloadTooLargeError, ValidationFailedError } from '../errors/domainErrors';
import { LimitExceededError } from '../errors/limitErrors';
import type { AppEnv } from '../http/appEnv';
import { createRouter } from '../http/createRouter';
import { jsonDepthExceeds } from '../http/jsonDepthLimit';
import { ok } from '../http/openApiResponses';
import { routeOf } from '../http/routeOf';
import { describeZodIssues } from '../http/validationHook';
import type { ServerDeps } from '../serverDeps';
import { aliasCustomer } from '../services/audience/aliasCustomer';

const route = routeOf('segment-compatible');

/** Segment's documented batch limit. */
export const SEGMENT_BATCH_LIMIT_BYTES = 500 * 1024;

const identifyRoute = route.post(
  '/v1/identify',
  'Segment `identify`: upsert the customer `userId` (or `anonymousId`) with `traits` as attributes',
  { responses: ok(segmentTrackingResponseSchema, 'Accepted') },
);

const trackRoute = route.post(
  '/v1/track',
  'Segment `track`: an event with `properties`, placed at `timestamp`, deduplicated by `messageId`',
  { responses: ok(segmentTrackingResponseSchema, 'Accepted') },
);

const batchRoute = route.post(
  '/v1/batch',
  'Segment `batch` of identify, track, page, screen, group and alias calls (≤ 500 KB); other call types are accepted and ignored',
  { responses: ok(segmentTrackingResponseSchema, 'Accepted') },
);

const callRoute = (call: 'page' | 'screen' | 'group' | 'alias', summary: string) =>
  route.post(`/v1/${call}`, summary, { responses: ok(segmentTrackingResponseSchema, 'Accepted') });
const pageRoute = callRoute(
  'page',
  'Segment `page`: a `page_viewed` event with `name`, `category` and `properties`',
);
const screenRoute = callRoute(
  'screen',
  'Segment `screen`: a `screen_viewed` event with `name` and `properties`',
);
const groupRoute = callRoute(
  'group',
  'Segment `group`: the customer’s `company` attribute `{ id: groupId, ...traits }`',
);
const aliasRoute = callRoute(
  'alias',
  'Segment `alias`: `previousId` becomes `userId` (renamed, or merged into an existing `userId`)',
);

const SEGMENT_CALLS = ['identify', 'track', 'page', 'screen', 'group', 'alias'];

const userOf = (
  call: { userId?: string | undefined; anonymousId?: string | undefined },
  index?: number,
): string => {
  const id = call.userId ?? call.anonymousId;
  if (!id) {
    throw new ValidationFailedError('Each call needs a userId or an anonymousId', {
      path: index === undefined ? 'body' : `body.batch.${index}`,
    });
  }
  return id;
};

const toUpsert = (call: SegmentIdentify, index?: number): CustomerUpsert => {
  const timezone = (call.context as { timezone?: unknown } | undefined)?.timezone;
  const locale = (call.context as { locale?: unknown } | undefined)?.locale;
  return {
    externalId: userOf(call, index),
    attributes: call.traits ?? {},
    ...(typeof timezone === 'string' && isValidTimeZone(timezone) ? { timezone } : {}),
    ...(typeof locale === 'string' && locale.length >= 2 && locale.length <= 35 ? { locale } : {}),
  };
};

/** `page` / `screen` as events: `page_viewed` / `screen_viewed` with the name and category as properties. */
const toViewEvent = (kind: 'page' | 'screen', call: SegmentPage, index?: number): TrackedEvent => ({
  externalId: userOf(call, index),
  name: `${kind}_viewed`,
  properties: {
    ...(call.properties ?? {}),
    ...(call.name ? { name: call.name } : {}),
    ...(call.category ? { category: call.category } : {}),
  },
  ...(call.timestamp ? { timestamp: new Date(call.timestamp).toISOString() } : {}),
  ...(call.messageId ? { messageId: call.messageId } : {}),
});

/** `group`: the company attribute of the customer. */
const groupUpsert = (call: SegmentGroup, index?: number): CustomerUpsert => ({
  externalId: userOf(call, index),
  attributes: { company: { ...(call.traits ?? {}), id: call.groupId } },
});

const toEvent = (call: SegmentTrack, index?: number): TrackedEvent => ({
  externalId: userOf(call, index),
  name: call.event,
  properties: call.properties ?? {},
  ...(call.timestamp ? { timestamp: new Date(call.timestamp).toISOString() } : {}),
  ...(call.messageId ? { messageId: call.messageId } : {}),
});

/**
 * Reads the body as Segment SDKs send it: JSON, gzip-compressed or not (RudderStack's SDK gzips by
 * default), at most 500 KB once inflated; call types other than identify, track, page, screen, group
 * and alias are accepted and ignored.
 */
const readSegmentBody = async (c: Context<AppEnv>): Promise<unknown> => {
  const length = Number(c.req.header('content-length') ?? 0);
  if (length > SEGMENT_BATCH_LIMIT_BYTES) throw new PayloadTooLargeError(SEGMENT_BATCH_LIMIT_BYTES);
  const raw = Buffer.from(await c.req.arrayBuffer());
  const encoding = (c.req.header('content-encoding') ?? '').toLowerCase();
  let bytes = raw;
  if (encoding === 'gzip') {
    try {
      bytes = gunzipSync(raw, { maxOutputLength: SEGMENT_BATCH_LIMIT_BYTES + 1 });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new PayloadTooLargeError(SEGMENT_BATCH_LIMIT_BYTES);
      }
      throw new BadRequestError('The body is not valid gzip');
    }
  }
  if (bytes.byteLength > SEGMENT_BATCH_LIMIT_BYTES) throw new PayloadTooLargeError(SEGMENT_BATCH_LIMIT_BYTES);
  const text = bytes.toString('utf8');
  if (jsonDepthExceeds(text, LIMITS.jsonDepth)) throw new LimitExceededError('jsonDepth');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new BadRequestError('The body is not valid JSON');
  }
  const batch = (body as { batch?: unknown } | null)?.batch;
  if (Array.isArray(batch)) {
    (body as { batch: unknown[] }).batch = batch.filter(
      (item) =>
        !item || typeof item !== 'object' || SEGMENT_CALLS.includes((item as { type?: string }).type ?? ''),
    );
  }
  return body;
};

/** Validation happens here, not in a route validator, because the body may be gzip-compressed. */
const parseBody = async <T>(c: Context<AppEnv>, schema: z.ZodType<T>): Promise<T> => {
  const parsed = schema.safeParse(await readSegmentBody(c));
  if (!parsed.success) {
    const issues = describeZodIssues(parsed.error, 'body');
    throw new ValidationFailedError(issues.map((i) => `${i.path}: ${i.message}`).join('; '), { issues });
  }
  return parsed.data;
};

/**
 * Segment HTTP Tracking API compatible ingestion: the workspace API key is the write key (Basic-auth
 * username). Calls map onto the engine's one ingestion (customers and events), so RFM, grades and
 * segments follow in the same transaction.
 */
export const createSegmentIngestRoutes = (deps: ServerDeps) => {
  const writeKey = requireApiKeyBasicAuth(deps);
  const { ingestion } = deps;
  return createRouter()
    .openapi({ ...identifyRoute, middleware: [writeKey] as const }, async (c) => {
      await ingestion.identify(c.get('principal').workspaceId, [
        toUpsert(await parseBody(c, segmentIdentifySchema)),
      ]);
      return c.json({ success: true as const }, 200);
    })
    .openapi({ ...trackRoute, middleware: [writeKey] as const }, async (c) => {
      await ingestion.ingest(c.get('principal').workspaceId, [
        toEvent(await parseBody(c, segmentTrackSchema)),
      ]);
      return c.json({ success: true as const }, 200);
    })
    .openapi({ ...pageRoute, middleware: [writeKey] as const }, async (c) => {
      const call = await parseBody(c, segmentPageSchema);
      await ingestion.ingest(c.get('principal').workspaceId, [toViewEvent('page', call)]);
      return c.json({ success: true as const }, 200);
    })
    .openapi({ ...screenRoute, middleware: [writeKey] as const }, async (c) => {
      const call = await parseBody(c, segmentPageSchema);
      await ingestion.ingest(c.get('principal').workspaceId, [toViewEvent('screen', call)]);
      return c.json({ success: true as const }, 200);
    })
    .openapi({ ...groupRoute, middleware: [writeKey] as const }, async (c) => {
      const call = await parseBody(c, segmentGroupSchema);
      await ingestion.identify(c.get('principal').workspaceId, [groupUpsert(call)]);
      return c.json({ success: true as const }, 200);
    })
    .openapi({ ...aliasRoute, middleware: [writeKey] as const }, async (c) => {
      const call = await parseBody(c, segmentAliasSchema);
      await aliasCustomer(deps.db.sql, c.get('principal').workspaceId, call.previousId, call.userId);
      return c.json({ success: true as const }, 200);
    })
    .openapi({ ...batchRoute, middleware: [writeKey] as const }, async (c) => {
      const workspaceId = c.get('principal').workspaceId;
      const { batch } = await parseBody(c, segmentBatchSchema);
      const upserts: CustomerUpsert[] = [];
      const events: TrackedEvent[] = [];
      const aliases: { previousId: string; userId: string }[] = [];
      batch.forEach((call, index) => {
        if (call.type === 'identify') upserts.push(toUpsert(call, index));
        else if (call.type === 'group') upserts.push(groupUpsert(call, index));
        else if (call.type === 'alias') aliases.push(call);
        else if (call.type === 'page' || call.type === 'screen')
          events.push(toViewEvent(call.type, call, index));
        else events.push(toEvent(call, index));
      });
      // Profiles first, then identities merged, so events of the batch land on the identified customer.
      if (upserts.length > 0) await ingestion.identify(workspaceId, upserts);
      for (const alias of aliases)
        await aliasCustomer(deps.db.sql, workspaceId, alias.previousId, alias.userId);
      if (events.length > 0) await ingestion.ingest(workspaceId, events);
      return c.json({ success: true as const }, 200);
    });
};
