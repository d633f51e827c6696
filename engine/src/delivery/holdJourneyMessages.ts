import type { SqlClient } from '../ports/sqlClient';

// What pause, resume and archive do to a journey's queued messages, in the transaction that changes the
// journey's status (scalar parameters only: the server runs these through drizzle inside its own
// transaction). The delivery worker's last check before a provider call (`handOff` in deliveryLease.ts)
// updates the same row, so PostgreSQL orders the two: a message held here is never handed to a provider.

/** Pause: every queued message of the journey is held (a call already under way still settles normally). */
export const holdQueuedMessages = (tx: SqlClient, journeyId: string): Promise<unknown> =>
  tx.query(
    `update outbox set held_at = clock_timestamp() where journey_id = $1 and status = 'queued' and held_at is null`,
    [journeyId],
  );

/** Resume: held messages are deliverable again (with the same idempotency key). */
export const releaseHeldMessages = (tx: SqlClient, journeyId: string): Promise<unknown> =>
  tx.query(
    `update outbox set held_at = null where journey_id = $1 and status = 'queued' and held_at is not null`,
    [journeyId],
  );

/**
 * Archive: queued messages not handed to a provider are skipped (`journey_archived`). One handed over under a
 * lease that still runs is only held, so the worker can record what the provider answered.
 */
export const cancelQueuedMessages = async (tx: SqlClient, journeyId: string, now: string): Promise<void> => {
  await tx.query(
    `update outbox set status = 'skipped', reason = 'journey_archived', next_attempt_at = null, lease_owner = null,
       lease_until = null, updated_at = $2::timestamptz
     where journey_id = $1 and status = 'queued'
       and not (handed_at is not null and lease_until is not null and lease_until > clock_timestamp())`,
    [journeyId, now],
  );
  await holdQueuedMessages(tx, journeyId);
};
