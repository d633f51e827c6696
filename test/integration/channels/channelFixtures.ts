import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { Channel } from '@journeyflow/shared/messaging/channelContent';

let counter = 0;

/** A customer row as the ingestion API would have stored it. */
export const aCustomer = async (
  sql: SqlClient,
  workspaceId: string,
  fields: {
    externalId?: string;
    phone?: string | null;
    email?: string | null;
    attributes?: Record<string, unknown>;
    consent?: Record<string, string | null>;
  } = {},
): Promise<{ id: string; externalId: string }> => {
  counter += 1;
  const id = `cus_${counter}_${Math.random().toString(36).slice(2, 8)}`;
  const externalId = fields.externalId ?? `user-${counter}`;
  await sql.query(
    `insert into customers (id, workspace_id, external_id, attributes, phone, email, consent)
     values ($1, $2, $3, $4::text::jsonb, $5, $6, $7::text::jsonb)`,
    [
      id,
      workspaceId,
      externalId,
      JSON.stringify(fields.attributes ?? {}),
      fields.phone === undefined ? '010-1234-5678' : fields.phone,
      fields.email === undefined ? `${externalId}@example.com` : fields.email,
      JSON.stringify(fields.consent ?? {}),
    ],
  );
  return { id, externalId };
};

/** An outbox row as the engine writes it at step time (status queued, due now). */
export const aQueuedMessage = async (
  sql: SqlClient,
  customer: { id: string; externalId: string },
  message: {
    workspaceId: string;
    channel: Channel;
    purpose?: 'info' | 'ad';
    rendered: unknown;
    fallback?: unknown;
    dueAt: Date;
    runId?: string;
    journeyId?: string;
  },
): Promise<{ id: string; idempotencyKey: string; runId: string }> => {
  counter += 1;
  const id = `msg_${counter}_${Math.random().toString(36).slice(2, 8)}`;
  const runId = message.runId ?? `run_${counter}`;
  const idempotencyKey = `${runId}:n3:1`;
  await sql.query(
    `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
       customer_id, external_id, channel, purpose, status, content, rendered, fallback, attempts, next_attempt_at,
       created_at, updated_at)
     values ($1, $2, $3, 1, $4, 'n3', 1, $5, $6, $7, $8, $9, 'queued', $10::text::jsonb, $10::text::jsonb,
       $11::text::jsonb, 0, $12, $12, $12)`,
    [
      id,
      message.workspaceId,
      message.journeyId ?? 'jrn_test',
      runId,
      idempotencyKey,
      customer.id,
      customer.externalId,
      message.channel,
      message.purpose ?? 'info',
      JSON.stringify(message.rendered),
      message.fallback === undefined ? null : JSON.stringify(message.fallback),
      message.dueAt.toISOString(),
    ],
  );
  return { id, idempotencyKey, runId };
};

export type OutboxView = {
  id: string;
  channel: string;
  status: string;
  reason: string | null;
  attempts: number;
  next_attempt_at: Date | string | null;
  provider_message_id: string | null;
  idempotency_key: string;
  last_error: string | null;
};

export const outboxRows = (sql: SqlClient, workspaceId: string) =>
  sql.query<OutboxView>('select * from outbox where workspace_id = $1 order by created_at, idempotency_key', [
    workspaceId,
  ]);
