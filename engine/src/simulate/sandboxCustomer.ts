import type { Ids } from '../ports/ids';
import type { SqlClient } from '../ports/sqlClient';
import type { SimulatedCustomer, SimulationInput } from './simulationTypes';

export class UnknownCustomerError extends Error {
  constructor(readonly externalId: string) {
    super(`customer ${externalId} not found`);
  }
}

/** The sandbox profile's external id of a made-up customer (results show it as `test-customer`). */
export const testExternalId = 'test-customer';

/**
 * Creates the simulated customer's profile inside the sandbox. An existing customer is copied under a new
 * id (and a private external id) together with what conditions and caps read: events, segment
 * memberships and the last 30 days of messages.
 */
export async function prepareCustomer(
  tx: SqlClient,
  ids: Ids,
  input: SimulationInput,
  simId: string,
  now: Date,
): Promise<string> {
  const id = ids.newId('cus');
  const made = input.customer;
  if (input.externalId) {
    const [real] = await tx.query<{ id: string }>(
      'select id from customers where workspace_id = $1 and external_id = $2',
      [input.workspaceId, input.externalId],
    );
    if (!real) throw new UnknownCustomerError(input.externalId);
    const externalId = `${simId}:${input.externalId}`;
    await tx.query(
      `insert into customers (id, workspace_id, external_id, attributes, timezone, locale, grade, consent, phone, email,
         last_purchase_at, frequency_90d, monetary_90d, created_at, updated_at)
       select $1, workspace_id, $2, attributes, timezone, locale, grade, consent, phone, email,
         last_purchase_at, frequency_90d, monetary_90d, created_at, updated_at from customers where id = $3`,
      [id, externalId, real.id],
    );
    await tx.query(
      `insert into events (id, workspace_id, customer_id, name, properties, ts, message_id, received_at)
       select $1 || id, workspace_id, $2, name, properties, ts, $1 || message_id, received_at
       from events where customer_id = $3 and workspace_id = $4`,
      [`${simId}:`, id, real.id, input.workspaceId],
    );
    await tx.query(
      `insert into segment_members (segment_id, customer_id, workspace_id, entered_at)
         select segment_id, $1, workspace_id, entered_at from segment_members where customer_id = $2`,
      [id, real.id],
    );
    await tx.query(
      `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
         customer_id, external_id, channel, purpose, status, content, rendered, created_at, updated_at)
       select $1 || id, workspace_id, journey_id, journey_version, run_id, node_id, visit, $1 || idempotency_key,
         $2, $3, channel, purpose, status, content, rendered, created_at, updated_at
       from outbox where customer_id = $4 and workspace_id = $5 and created_at > $6::timestamptz`,
      [
        `${simId}:`,
        id,
        externalId,
        real.id,
        input.workspaceId,
        new Date(now.getTime() - 30 * 86_400_000).toISOString(),
      ],
    );
    if (made) await overlay(tx, id, made, now);
    return externalId;
  }
  const attributes = made?.attributes ?? {};
  await tx.query(
    `insert into customers (id, workspace_id, external_id, attributes, timezone, grade, consent, phone, email, created_at, updated_at)
     values ($1, $2, $3, $4::text::jsonb, $5, $6, $7::text::jsonb, $8, $9, $10::timestamptz, $10::timestamptz)`,
    [
      id,
      input.workspaceId,
      `${simId}:${testExternalId}`,
      JSON.stringify(attributes),
      made?.timezone ?? null,
      made?.grade ?? (typeof attributes.grade === 'string' ? attributes.grade : null),
      JSON.stringify(made?.consent ?? {}),
      typeof attributes.phone === 'string' ? attributes.phone : null,
      typeof attributes.email === 'string' ? attributes.email : null,
      now.toISOString(),
    ],
  );
  await overlayRfm(tx, id, made, now);
  return `${simId}:${testExternalId}`;
}

async function overlay(tx: SqlClient, id: string, made: SimulatedCustomer, now: Date): Promise<void> {
  await overlayRfm(tx, id, made, now);
  await tx.query(
    `update customers set attributes = attributes || $2::text::jsonb, timezone = coalesce($3, timezone),
       grade = coalesce($4, grade), consent = consent || $5::text::jsonb where id = $1`,
    [
      id,
      JSON.stringify(made.attributes ?? {}),
      made.timezone ?? null,
      made.grade ?? null,
      JSON.stringify(made.consent ?? {}),
    ],
  );
}

const finite = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/**
 * A made-up customer may give RFM as `attributes.rfm` (what the test-run form offers). Conditions read
 * RFM from the customer columns only (`customerConditionView`), so it is stored there: recency as the
 * last purchase that many days before the simulated start.
 */
async function overlayRfm(tx: SqlClient, id: string, made: SimulatedCustomer | undefined, now: Date) {
  const rfm = made?.attributes?.rfm;
  if (!rfm || typeof rfm !== 'object') return;
  const { recency_days, frequency_90d, monetary_90d } = rfm as Record<string, unknown>;
  const recency = finite(recency_days);
  const frequency = finite(frequency_90d);
  await tx.query(
    `update customers set last_purchase_at = coalesce($2::timestamptz, last_purchase_at),
       frequency_90d = coalesce($3::int, frequency_90d), monetary_90d = coalesce($4::float8, monetary_90d)
     where id = $1`,
    [
      id,
      recency === null ? null : new Date(now.getTime() - Math.max(0, recency) * 86_400_000).toISOString(),
      frequency === null ? null : Math.round(frequency),
      finite(monetary_90d),
    ],
  );
}
