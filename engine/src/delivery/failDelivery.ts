import type { Clock } from '../ports/clock';
import type { Ids } from '../ports/ids';
import type { SqlClient } from '../ports/sqlClient';
import {
  type ClaimedMessage,
  type DeliveryOutcomeHook,
  type OutboxFallback,
  outcomeOf,
} from './outboxMessage';

export type FailDeliveryDeps = {
  readonly clock: Clock;
  readonly ids: Ids;
  readonly onOutcome?: DeliveryOutcomeHook | undefined;
};

/**
 * Which state a failure may settle from. `attempt`: the worker that holds this attempt (status queued, same
 * attempt count — a worker whose lease expired can't overwrite a newer attempt). `accepted`: a provider's
 * delivery report for a message it had accepted (queued or sent).
 */
export type FailGuard = 'attempt' | 'accepted';

/**
 * Marks a message finally failed, in the caller's transaction. A failed AlimTalk with a fallback queues the
 * fallback SMS/LMS instead of failing the node — at most once, because the fallback row's idempotency key
 * (`<key>:fallback`) is unique — and traces it; anything else calls `onOutcome` (failed) so the run can take the
 * send node's `failed` handle. `stale` = someone else settled the message first; nothing was changed.
 */
export const failDelivery = async (
  tx: SqlClient,
  deps: FailDeliveryDeps,
  m: ClaimedMessage,
  failure: { readonly reason: string; readonly error: string; readonly guard: FailGuard },
): Promise<'failed' | 'fellBack' | 'stale'> => {
  const now = deps.clock.now().toISOString();
  const fallback = m.channel === 'alimtalk' ? m.fallback : null;
  const reason = fallback ? `alimtalk_failed_fallback_${fallback.channel}: ${failure.error}` : failure.reason;
  const guard =
    failure.guard === 'attempt'
      ? `status = 'queued' and attempts = $5`
      : `status in ('queued', 'sent') and $5::int >= 0`;
  const updated = await tx.query(
    `update outbox set status = 'failed', reason = $2, last_error = $3, next_attempt_at = null, updated_at = $4
     where id = $1 and ${guard} returning id`,
    [m.id, reason, failure.error, now, m.attempts],
  );
  if (updated.length === 0) return 'stale';
  if (fallback) {
    await queueFallback(tx, deps, m, fallback, failure.error, now);
    return 'fellBack';
  }
  await deps.onOutcome?.(tx, outcomeOf(m, 'failed', reason));
  return 'failed';
};

const queueFallback = async (
  tx: SqlClient,
  deps: FailDeliveryDeps,
  m: ClaimedMessage,
  fallback: OutboxFallback,
  error: string,
  now: string,
) => {
  const inserted = await tx.query(
    `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
       customer_id, external_id, channel, purpose, status, content, rendered, fallback, reason, attempts,
       next_attempt_at, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'queued', $13::text::jsonb, $14::text::jsonb, null, $15, 0,
       $16, $16, $16)
     on conflict do nothing -- a taken idempotency key skips the row: trigger outbox_claim_key (0018_partition)
     returning id`,
    [
      deps.ids.newId('msg'),
      m.workspaceId,
      m.journeyId,
      m.journeyVersion,
      m.runId,
      m.nodeId,
      m.visit,
      `${m.idempotencyKey}:fallback`,
      m.customerId,
      m.externalId,
      fallback.channel,
      m.purpose,
      JSON.stringify(fallback.content),
      JSON.stringify(fallback.rendered ?? fallback.content),
      `fallback for alimtalk ${m.id}`,
      now,
    ],
  );
  if (inserted.length === 0) return;
  // The trace answers "why did this customer get an SMS instead of AlimTalk?" (SPEC §4).
  await tx.query(
    `insert into run_trace (id, run_id, workspace_id, customer_id, journey_id, version, node_id, node_type, handle,
       reason, kind, seq, at, code, params)
     select $1, $2, $3, $4, $5, $6, $7, 'send', null, $8, 'fallback',
            coalesce((select max(seq) from run_trace where run_id = $2), 0) + 1, $9, 'send.fell_back',
            jsonb_build_object('channel', 'alimtalk', 'fallback', $10::text)`,
    [
      deps.ids.newId('trc'),
      m.runId,
      m.workspaceId,
      m.customerId,
      m.journeyId,
      m.journeyVersion,
      m.nodeId,
      `AlimTalk failed (${error}); fell back to ${fallback.channel}`,
      now,
      fallback.channel,
    ],
  );
};
