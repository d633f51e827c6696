import { createIngestQueue, type IngestQueue } from '@journeyflow/engine/ingest/ingestQueue';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { Engine } from '@journeyflow/engine/runtime/engine';
import {
  type Customer,
  type CustomerUpsertRequest,
  customerUpsertRequestSchema,
} from '@journeyflow/shared/api/customers';
import { type TrackEventRequest, trackEventRequestSchema } from '@journeyflow/shared/api/events';
import type { z } from 'zod';
import { ValidationFailedError } from '../errors/domainErrors';
import { createAudienceIngestion } from './audience/audienceIngestion';

/**
 * Validates every item of a batch before anything is written: one bad item rejects the whole batch
 * (422 with each bad index), so a retry after fixing it cannot double-ingest the good ones.
 */
function validateAll<T>(items: readonly unknown[], schema: z.ZodType<T>, what: string): T[] {
  const parsed: T[] = [];
  const rejected: { index: number; reason: string }[] = [];
  items.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) parsed.push(result.data);
    else {
      rejected.push({
        index,
        reason: result.error.issues.map((i) => `${i.path.join('.') || what}: ${i.message}`).join('; '),
      });
    }
  });
  if (rejected.length > 0) {
    throw new ValidationFailedError(
      `${rejected.length} of ${items.length} ${what}s are invalid; nothing was stored`,
      {
        rejected: rejected.slice(0, 100),
      },
    );
  }
  return parsed;
}

/** Ingestion with RFM, grades and dynamic segments kept in step (the audience area's wrapper). */
function audience(engine: Engine) {
  return createAudienceIngestion(engine, engine.ports.db, {
    now: () => engine.ports.clock.now(),
    onAudienceError: (workspaceId, error) =>
      engine.ports.logger.error('audience update after ingestion failed', {
        workspaceId,
        error: String(error),
      }),
  });
}

/** One group-commit queue per engine: concurrent requests share one ingest transaction (engine/README.md). */
const queues = new WeakMap<Engine, IngestQueue>();

function ingestQueue(engine: Engine): IngestQueue {
  let queue = queues.get(engine);
  if (!queue) {
    const ingestion = audience(engine);
    queue = createIngestQueue((workspaceId, events) => ingestion.trackEvents(workspaceId, events));
    queues.set(engine, queue);
  }
  return queue;
}

/**
 * Tracks events (unknown customers are created on the fly, see engine/README.md). Concurrent calls are
 * group-committed; this resolves only after the transaction holding these events has committed.
 */
export async function trackEvents(engine: Engine, workspaceId: string, events: readonly TrackEventRequest[]) {
  const result = await ingestQueue(engine).track(workspaceId, events);
  return { accepted: result.accepted, duplicates: result.duplicate };
}

export async function trackEventBatch(engine: Engine, workspaceId: string, raw: readonly unknown[]) {
  return trackEvents(engine, workspaceId, validateAll(raw, trackEventRequestSchema, 'event'));
}

function toUpsert(request: CustomerUpsertRequest) {
  return {
    externalId: request.externalId,
    attributes: request.attributes,
    timezone: request.timezone,
    locale: request.locale,
    consent: request.consent as Record<string, string | null | undefined> | undefined,
  };
}

export async function upsertCustomerBatch(engine: Engine, workspaceId: string, raw: readonly unknown[]) {
  const customers = validateAll(raw, customerUpsertRequestSchema, 'customer');
  await audience(engine).identify(workspaceId, customers.map(toUpsert));
  return { accepted: customers.length, rejected: [] };
}

export async function upsertOneCustomer(engine: Engine, workspaceId: string, request: CustomerUpsertRequest) {
  const result = await audience(engine).identify(workspaceId, [toUpsert(request)]);
  return { created: result.created === 1 };
}

const iso = (value: unknown) => (value instanceof Date ? value : new Date(String(value))).toISOString();

/** A stored customer in the API shape (`customerSchema`). */
export async function loadCustomer(
  sql: SqlClient,
  workspaceId: string,
  externalId: string,
): Promise<Customer | undefined> {
  const [row] = await sql.query<Record<string, unknown>>(
    `select id, external_id, attributes, timezone, locale, grade, consent, created_at, updated_at from customers
     where workspace_id = $1 and external_id = $2`,
    [workspaceId, externalId],
  );
  if (!row) return undefined;
  const attributes = (row.attributes ?? {}) as Record<string, unknown>;
  const rfm = (attributes.rfm ?? {}) as Record<string, number | null | undefined>;
  const consent = (row.consent ?? {}) as Record<string, string | null | undefined>;
  return {
    id: String(row.id),
    externalId: String(row.external_id),
    attributes,
    timezone: (row.timezone as string | null) ?? null,
    locale: (row.locale as string | null) ?? null,
    grade: (row.grade as string | null) ?? null,
    rfm: {
      recency_days: rfm.recency_days ?? null,
      frequency_90d: rfm.frequency_90d ?? 0,
      monetary_90d: rfm.monetary_90d ?? 0,
    },
    consent: {
      sms: consent.sms ?? null,
      kakao: consent.kakao ?? null,
      push: consent.push ?? null,
      email: consent.email ?? null,
      night: consent.night ?? null,
    },
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}
