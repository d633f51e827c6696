import { createRoute } from '@hono/zod-openapi';
import type { TrackedEvent } from '@journeyflow/engine/ingest/ingestEvents';
import type { CustomerUpsert } from '@journeyflow/engine/ingest/upsertCustomers';
import {
  type SegmentIdentify,
  type SegmentTrack,
  segmentBatchSchema,
  segmentIdentifySchema,
  segmentTrackingResponseSchema,
  segmentTrackSchema,
} from '@journeyflow/shared/api/segmentTrackingApi';
import { isValidTimeZone } from '@journeyflow/shared/journey/timezone';
import type { MiddlewareHandler } from 'hono';
import { requireApiKeyBasicAuth } from '../auth/authMiddleware';
import { PayloadTooLargeError, ValidationFailedError } from '../errors/domainErrors';
import type { AppEnv } from '../http/appEnv';
import { createRouter } from '../http/createRouter';
import { commonErrorResponses, jsonBody, jsonContent } from '../http/openApiResponses';
import type { ServerDeps } from '../serverDeps';
import { audienceIngestionFor } from '../services/audience/audienceIngestionFor';

/** Segment's documented batch limit. */
export const SEGMENT_BATCH_LIMIT_BYTES = 500 * 1024;

const identifyRoute = createRoute({
  method: 'post',
  path: '/v1/identify',
  tags: ['segment-compatible'],
  summary: 'Segment `identify`: upsert the customer `userId` (or `anonymousId`) with `traits` as attributes',
  request: { body: jsonBody(segmentIdentifySchema) },
  responses: { 200: jsonContent(segmentTrackingResponseSchema, 'Accepted'), ...commonErrorResponses },
});

const trackRoute = createRoute({
  method: 'post',
  path: '/v1/track',
  tags: ['segment-compatible'],
  summary: 'Segment `track`: an event with `properties`, placed at `timestamp`, deduplicated by `messageId`',
  request: { body: jsonBody(segmentTrackSchema) },
  responses: { 200: jsonContent(segmentTrackingResponseSchema, 'Accepted'), ...commonErrorResponses },
});

const batchRoute = createRoute({
  method: 'post',
  path: '/v1/batch',
  tags: ['segment-compatible'],
  summary:
    'Segment `batch` of identify and track calls (≤ 500 KB); other call types are accepted and ignored',
  request: { body: jsonBody(segmentBatchSchema) },
  responses: { 200: jsonContent(segmentTrackingResponseSchema, 'Accepted'), ...commonErrorResponses },
});

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

const toEvent = (call: SegmentTrack, index?: number): TrackedEvent => ({
  externalId: userOf(call, index),
  name: call.event,
  properties: call.properties ?? {},
  ...(call.timestamp ? { timestamp: new Date(call.timestamp).toISOString() } : {}),
  ...(call.messageId ? { messageId: call.messageId } : {}),
});

/** Segment SDKs batch page/screen/group/alias too; we take identify and track and ignore the rest. */
const dropOtherCallTypes: MiddlewareHandler<AppEnv> = async (c, next) => {
  const length = Number(c.req.header('content-length') ?? 0);
  if (length > SEGMENT_BATCH_LIMIT_BYTES) throw new PayloadTooLargeError(SEGMENT_BATCH_LIMIT_BYTES);
  const text = await c.req.text();
  if (Buffer.byteLength(text) > SEGMENT_BATCH_LIMIT_BYTES)
    throw new PayloadTooLargeError(SEGMENT_BATCH_LIMIT_BYTES);
  try {
    const body = JSON.parse(text) as { batch?: unknown };
    if (Array.isArray(body.batch)) {
      body.batch = body.batch.filter(
        (item) =>
          !item ||
          typeof item !== 'object' ||
          ['identify', 'track'].includes((item as { type?: string }).type ?? ''),
      );
      // Re-read by the validator: hand it the filtered body.
      c.req.bodyCache.json = Promise.resolve(body);
    }
  } catch {
    // Malformed JSON is reported by the validator as usual.
  }
  await next();
};

/**
 * Segment HTTP Tracking API compatible ingestion: the workspace API key is the write key (Basic-auth
 * username). Calls map onto the engine's ingestion (customers and events) through the audience
 * ingestion, so RFM, grades and segments follow.
 */
export const createSegmentIngestRoutes = (deps: ServerDeps) => {
  const writeKey = requireApiKeyBasicAuth(deps);
  const ingestion = () => audienceIngestionFor(deps);
  return createRouter()
    .openapi({ ...identifyRoute, middleware: [writeKey] as const }, async (c) => {
      await ingestion().identify(c.get('principal').workspaceId, [toUpsert(c.req.valid('json'))]);
      return c.json({ success: true as const }, 200);
    })
    .openapi({ ...trackRoute, middleware: [writeKey] as const }, async (c) => {
      await ingestion().trackEvents(c.get('principal').workspaceId, [toEvent(c.req.valid('json'))]);
      return c.json({ success: true as const }, 200);
    })
    .openapi({ ...batchRoute, middleware: [writeKey, dropOtherCallTypes] as const }, async (c) => {
      const workspaceId = c.get('principal').workspaceId;
      const { batch } = c.req.valid('json');
      const upserts: CustomerUpsert[] = [];
      const events: TrackedEvent[] = [];
      batch.forEach((call, index) => {
        if (call.type === 'identify') upserts.push(toUpsert(call, index));
        else events.push(toEvent(call, index));
      });
      // Profiles first, so events of a user identified in the same batch see their traits.
      if (upserts.length > 0) await ingestion().identify(workspaceId, upserts);
      if (events.length > 0) await ingestion().trackEvents(workspaceId, events);
      return c.json({ success: true as const }, 200);
    });
};
