import type { Clock } from '../ports/clock';
import type { SqlClient } from '../ports/sqlClient';
import { type ClaimedMessage, toClaimedMessage } from './outboxMessage';

/**
 * Leases of outbox rows (SPEC §6: a message is handed to a provider at most once per attempt).
 *
 * - A claim marks up to `limit` due rows with `lease_owner = <this worker>` and `lease_until = now + leaseMs`
 *   on the REAL clock (`leaseClock`), never the scaled journey clock: at 60× a 300 s journey-time lease
 *   lasted 5 real seconds, less than one provider timeout.
 * - Right before each provider call, `handOff` renews the lease with a conditional update
 *   (`where lease_owner = me and lease_until = <what I hold>`). If another worker claimed the row since, or
 *   the journey was paused/archived (`held_at`, or a paused/archived version of the journey), the update
 *   changes nothing and the provider is NOT called. The renewed lease covers the call: `leaseMs` must exceed
 *   the longest provider timeout (60 s) plus clock skew between worker hosts.
 * - The handoff and a pause both update the outbox row, so PostgreSQL orders them: a row handed before the
 *   pause committed may still reach the provider; a row the pause held can never be handed.
 */
export type LeaseOptions = {
  /** Real-clock lease per claim and per handoff, in ms. */
  readonly leaseMs: number;
  /** Unique per worker instance. */
  readonly owner: string;
  /** The real clock (tests inject a fake one). */
  readonly leaseClock: Clock;
};

/** A row is claimable when due on the journey clock, unleased on the real clock and its journey runs. */
const CLAIMABLE = `status = 'queued' and held_at is null
  and (next_attempt_at is null or next_attempt_at <= $1::timestamptz)
  and (lease_until is null or lease_until <= $2::timestamptz)
  and not exists (select 1 from journey_versions v where v.journey_id = outbox.journey_id and v.workspace_id = outbox.workspace_id
                    and v.status in ('paused', 'archived'))`;

export type DeliveryLease = {
  /** Claims due rows under a fresh real-clock lease. */
  claim(journeyNow: Date, limit: number): Promise<ClaimedMessage[]>;
  /**
   * The last check before the provider call: renews this worker's lease on `m` and records the handoff.
   * False = the lease was lost or the journey paused/archived: do not call the provider.
   */
  handOff(m: ClaimedMessage): Promise<boolean>;
  /** Forgets what this worker holds for `m` (after it was settled). */
  forget(id: string): void;
};

export const createDeliveryLease = (db: SqlClient, options: LeaseOptions): DeliveryLease => {
  const { leaseMs, owner, leaseClock } = options;
  /** What this worker holds: outbox id → the exact `lease_until` it wrote. */
  const held = new Map<string, string>();
  const until = () => new Date(leaseClock.now().getTime() + leaseMs).toISOString();

  const claim = async (journeyNow: Date, limit: number): Promise<ClaimedMessage[]> => {
    const leaseUntil = until();
    const rows = await db.transaction((tx) =>
      tx.query(
        `with due as (
           select id from outbox where ${CLAIMABLE}
           order by next_attempt_at nulls first
           limit $3
           for update skip locked
         )
         update outbox o
            set attempts = o.attempts + 1, lease_owner = $4, lease_until = $5::timestamptz, handed_at = null,
                updated_at = $1
           from due where o.id = due.id
         returning o.id, o.workspace_id, o.journey_id, o.journey_version, o.run_id, o.node_id, o.visit,
                   o.idempotency_key, o.customer_id, o.external_id, o.channel, o.purpose, o.content,
                   o.rendered, o.fallback, o.attempts, o.created_at`,
        [journeyNow.toISOString(), leaseClock.now().toISOString(), limit, owner, leaseUntil],
      ),
    );
    for (const row of rows) held.set(String(row.id), leaseUntil);
    return rows.map(toClaimedMessage);
  };

  const handOff = async (m: ClaimedMessage): Promise<boolean> => {
    const mine = held.get(m.id);
    if (!mine) return false;
    const now = leaseClock.now().toISOString();
    const renewed = until();
    const rows = await db.query(
      `update outbox set lease_until = $4::timestamptz, handed_at = $5::timestamptz
        where id = $1 and lease_owner = $2 and lease_until = $3::timestamptz and status = 'queued'
          and attempts = $6 and held_at is null
          and not exists (select 1 from journey_versions v where v.journey_id = outbox.journey_id and v.workspace_id = outbox.workspace_id
                            and v.status in ('paused', 'archived'))
        returning id`,
      [m.id, owner, mine, renewed, now, m.attempts],
    );
    if (rows.length === 1) {
      held.set(m.id, renewed);
      return true;
    }
    // Not an attempt: if the row is still ours (held by a pause, say), give the attempt and the lease back.
    await db.query(
      `update outbox set attempts = attempts - 1, lease_owner = null, lease_until = null
        where id = $1 and lease_owner = $2 and lease_until = $3::timestamptz and status = 'queued' and attempts = $4`,
      [m.id, owner, mine, m.attempts],
    );
    held.delete(m.id);
    return false;
  };

  return { claim, handOff, forget: (id) => held.delete(id) };
};

/**
 * How many rows one claim may take: no more than `concurrency` senders can hand off within the lease at the
 * observed send time, so rows do not sit in memory past their lease (another worker would take them over).
 */
export const claimLimit = (
  batchSize: number,
  concurrency: number,
  leaseMs: number,
  expectedSendMs: number,
): number => {
  const perSender = Math.max(1, Math.floor(leaseMs / Math.max(1, expectedSendMs) / 2));
  return Math.max(1, Math.min(batchSize, concurrency * perSender));
};

/** Exponentially weighted mean of provider call durations, starting from a cautious guess. */
export const createSendTimer = (initialMs = 1000, weight = 0.2) => {
  let mean = initialMs;
  return {
    observe: (ms: number) => {
      mean = mean * (1 - weight) + ms * weight;
    },
    expectedMs: () => mean,
  };
};
