import type { Channel, MessagePurpose } from '@journeyflow/shared/messaging/channelContent';
import type { SqlClient, SqlRow } from '../ports/sqlClient';

/** The run step an outbox message was written by: one send node's visit in one run (the message's key). */
export type OutboxStep = {
  readonly workspaceId: string;
  readonly journeyId: string;
  readonly journeyVersion: number;
  readonly runId: string;
  readonly nodeId: string;
  readonly visit: number;
};

/** The outbox row as the worker claims it (columns of `outbox`, owned by the engine runtime). */
export type ClaimedMessage = OutboxStep & {
  readonly id: string;
  readonly idempotencyKey: string;
  readonly customerId: string;
  readonly externalId: string;
  readonly channel: Channel;
  readonly purpose: MessagePurpose;
  readonly content: unknown;
  readonly rendered: unknown;
  readonly fallback: OutboxFallback | null;
  readonly attempts: number;
  /** When the step queued it (absent where a caller selects without it). */
  readonly createdAt?: Date;
};

/**
 * `outbox.fallback`: the send node's built-in fallback (AlimTalk → SMS/LMS). The engine should store the
 * step-time `rendered` text beside `content`; without it the raw content is sent.
 */
export type OutboxFallback = {
  readonly channel: 'sms';
  readonly content: unknown;
  readonly rendered?: unknown;
};

/**
 * A message's final outcome, passed to `onOutcome` in the transaction that records it, so the engine can
 * resume a run parked on the send node (`failed` → the `failed` handle; `sent`/`delivered` → `next`).
 * A failed AlimTalk that fell back produces no outcome; its fallback SMS/LMS does.
 */
export type DeliveryOutcome = OutboxStep & {
  readonly outcome: 'sent' | 'delivered' | 'failed';
  readonly outboxId: string;
  readonly channel: Channel;
  readonly reason: string | null;
};

export type DeliveryOutcomeHook = (tx: SqlClient, outcome: DeliveryOutcome) => Promise<void>;

const parseJson = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};

/** An `outbox` row (raw SQL, snake_case) as the delivery code works with it. */
export const toClaimedMessage = (row: SqlRow): ClaimedMessage => ({
  id: String(row.id),
  workspaceId: String(row.workspace_id),
  journeyId: String(row.journey_id),
  journeyVersion: Number(row.journey_version),
  runId: String(row.run_id),
  nodeId: String(row.node_id),
  visit: Number(row.visit),
  idempotencyKey: String(row.idempotency_key),
  customerId: String(row.customer_id),
  externalId: String(row.external_id),
  channel: row.channel as Channel,
  purpose: row.purpose as MessagePurpose,
  content: parseJson(row.content),
  rendered: parseJson(row.rendered),
  fallback: (parseJson(row.fallback) ?? null) as OutboxFallback | null,
  attempts: Number(row.attempts),
  ...(row.created_at ? { createdAt: new Date(row.created_at as string | Date) } : {}),
});

/** The outcome record of a claimed message. */
export const outcomeOf = (
  m: ClaimedMessage,
  outcome: DeliveryOutcome['outcome'],
  reason: string | null,
): DeliveryOutcome => ({
  outcome,
  outboxId: m.id,
  workspaceId: m.workspaceId,
  journeyId: m.journeyId,
  journeyVersion: m.journeyVersion,
  runId: m.runId,
  nodeId: m.nodeId,
  visit: m.visit,
  channel: m.channel,
  reason,
});
