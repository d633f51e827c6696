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
import { CUSTOMER_COLUMNS, type CustomerRow, toCustomer } from './audience/customerView';

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

/** A stored customer in the API shape (`customerSchema`), RFM derived at `now` (the journey clock). */
export async function loadCustomer(
  sql: SqlClient,
  workspaceId: string,
  externalId: string,
  now: Date,
): Promise<Customer | undefined> {
  const [row] = await sql.query<CustomerRow>(
    `select ${CUSTOMER_COLUMNS} from customers c where c.workspace_id = $1 and c.external_id = $2`,
    [workspaceId, externalId],
  );
  return row ? toCustomer(row, now) : undefined;
}
