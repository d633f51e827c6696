import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import {
  type Customer,
  type CustomerUpsertRequest,
  customerUpsertRequestSchema,
} from '@journeyflow/shared/api/customers';
import { type TrackEventRequest, trackEventRequestSchema } from '@journeyflow/shared/api/events';
import type { z } from 'zod';
import { ValidationFailedError } from '../errors/domainErrors';
import type { AudienceIngestion } from './audience/audienceIngestion';
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

/**
 * Tracks events through the engine's one ingestion (unknown customers are created on the fly, see
 * engine/README.md). Concurrent calls are group-committed; this resolves only after the transaction
 * holding these events (and the audience stage) has committed.
 */
export async function trackEvents(
  ingestion: AudienceIngestion,
  workspaceId: string,
  events: readonly TrackEventRequest[],
) {
  const result = await ingestion.ingest(workspaceId, events);
  return { accepted: result.accepted, duplicates: result.duplicate };
}

export async function trackEventBatch(
  ingestion: AudienceIngestion,
  workspaceId: string,
  raw: readonly unknown[],
) {
  return trackEvents(ingestion, workspaceId, validateAll(raw, trackEventRequestSchema, 'event'));
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

export async function upsertCustomerBatch(
  ingestion: AudienceIngestion,
  workspaceId: string,
  raw: readonly unknown[],
) {
  const customers = validateAll(raw, customerUpsertRequestSchema, 'customer');
  await ingestion.identify(workspaceId, customers.map(toUpsert));
  return { accepted: customers.length, rejected: [] };
}

export async function upsertOneCustomer(
  ingestion: AudienceIngestion,
  workspaceId: string,
  request: CustomerUpsertRequest,
) {
  const result = await ingestion.identify(workspaceId, [toUpsert(request)]);
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
