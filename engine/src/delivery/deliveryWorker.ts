import { unsafeLinkReason, unsafeLinks } from '@journeyflow/shared/messaging/unsafeLinks';
import type { ChannelAdapter, ChannelsPort, DeliveryResult, OutboundMessage } from '../ports/channels';
import { type Clock, systemClock } from '../ports/clock';
import type { SqlClient } from '../ports/sqlClient';
import { type AttemptRuleOptions, attemptViolation } from '../rules/attemptViolation';
import { loadWorkspaceCaps, type WorkspaceCaps } from '../rules/caps';
import { findOptedOut, optoutKeyOf } from '../rules/optout';
import type { Engine } from '../runtime/engine';
import { type CustomerRecord, customerColumns, customerFromRow } from '../step/customerRecord';
import { defaultEngineOptions } from '../step/engineOptions';
import { type BackoffPolicy, backoffDelay, defaultBackoff } from './backoffDelay';
import { claimLimit, createDeliveryLease, createSendTimer } from './deliveryLease';
import { failDelivery } from './failDelivery';
import { type ClaimedMessage, type DeliveryOutcomeHook, outcomeOf } from './outboxMessage';
import { createRateLimiter } from './rateLimiter';
import { asRecord, missingAddress, toRecipient } from './recipientOf';
import { resumeOnOutcome } from './resumeOnOutcome';
import { startTicking } from './startTicking';

export type DeliveryWorkerOptions = {
  /** The REAL clock for leases (default: the system clock); the engine's clock may be the scaled journey clock. */
  readonly leaseClock?: Clock;
  /** Most rows claimed per tick (fewer when sends are slow: see `claimLimit`). */
  readonly batchSize?: number;
  /** Sends in flight at once within a tick. */
  readonly concurrency?: number;
  /** Attempts before a message is dead-lettered (`failed`). */
  readonly maxAttempts?: number;
  readonly backoff?: BackoffPolicy;
  /**
   * How long (REAL ms) a claimed row stays invisible to other workers, renewed right before each provider
   * call; must exceed the longest provider timeout (60 s). A worker killed mid-send leaves the row `queued`;
   * after the lease it is retried with the same idempotency key, which the provider dedupes.
   */
  readonly leaseMs?: number;
  /**
   * Also called in the transaction that records a final outcome (sent/delivered, or failed after retries
   * and fallback), after the worker has resumed the run parked on the send node (observers, tests).
   */
  readonly onOutcome?: DeliveryOutcomeHook;
  /** The send rules re-checked at each attempt (timezone default, night window, default fatigue cap). */
  readonly rules?: AttemptRuleOptions;
};

export type DeliveryTickResult = {
  readonly claimed: number;
  readonly sent: number;
  readonly delivered: number;
  readonly retried: number;
  readonly failed: number;
  readonly skipped: number;
  readonly fellBack: number;
  readonly postponed: number;
};

export type DeliveryWorker = {
  /** Claims due messages once and sends them; returns what happened. */
  runOnce(): Promise<DeliveryTickResult>;
  /** Ticks every `intervalMs` until the returned stop function is called (and awaited). */
  start(intervalMs?: number): () => Promise<void>;
};

type Outcome = keyof Omit<DeliveryTickResult, 'claimed'>;

/**
 * The delivery worker (SPEC §4, §6) of `engine` (its database, clock, logger and ids): sends `queued` outbox rows through the workspace's adapter with retries,
 * exponential backoff, dead-lettering, per-provider rate limits, the AlimTalk → SMS/LMS fallback (at most
 * once, enforced by the fallback row's unique idempotency key) and 080 opt-outs checked at send time.
 */
export const createDeliveryWorker = (
  engine: Engine,
  channels: ChannelsPort,
  options: DeliveryWorkerOptions = {},
): DeliveryWorker => {
  const { db, clock, logger, ids } = engine.ports;
  const resume = resumeOnOutcome(engine);
  // A final outcome resumes the run parked on its send node, in the transaction that records it.
  const onOutcome: DeliveryOutcomeHook = async (tx, outcome) => {
    await resume(tx, outcome);
    await options.onOutcome?.(tx, outcome);
  };
  const batchSize = options.batchSize ?? 100;
  const concurrency = options.concurrency ?? 8;
  const maxAttempts = options.maxAttempts ?? 5;
  const backoff = options.backoff ?? defaultBackoff;
  const leaseMs = options.leaseMs ?? 120_000;
  const limiter = createRateLimiter(db, clock);
  const leaseClock = options.leaseClock ?? systemClock;
  const lease = createDeliveryLease(db, { leaseMs, leaseClock, owner: ids.newId('dlv') });
  const sendTimer = createSendTimer();

  const claim = (): Promise<ClaimedMessage[]> =>
    lease.claim(clock.now(), claimLimit(batchSize, concurrency, leaseMs, sendTimer.expectedMs()));

  /**
   * Conditional update: only the worker holding this attempt may settle it (a lease may have expired).
   * Settling gives the lease back, so a retry is due at `next_attempt_at` alone.
   */
  const settle = (tx: SqlClient, m: ClaimedMessage, set: string, params: readonly unknown[]) =>
    tx.query(
      `update outbox set ${set}, lease_owner = null, lease_until = null, updated_at = $3
        where id = $1 and status = 'queued' and attempts = $2 returning id`,
      [m.id, m.attempts, clock.now().toISOString(), ...params],
    );

  const handleResult = async (m: ClaimedMessage, result: DeliveryResult): Promise<Outcome> => {
    if (result.status !== 'failed') {
      const status = result.status;
      return db.transaction(async (tx) => {
        const updated = await settle(
          tx,
          m,
          `status = $4, provider_message_id = $5, last_error = null, next_attempt_at = null`,
          [status, result.providerMessageId ?? null],
        );
        if (updated.length === 0) return 'postponed';
        await onOutcome(tx, outcomeOf(m, status, null));
        return status;
      });
    }
    const error = result.code ? `${result.code}: ${result.error}` : result.error;
    if (result.retryable && m.attempts < maxAttempts) {
      const retryAt = new Date(clock.now().getTime() + backoffDelay(m.attempts, backoff));
      await settle(db, m, `next_attempt_at = $4, last_error = $5`, [retryAt.toISOString(), error]);
      return 'retried';
    }
    const reason = result.retryable
      ? `dead_letter: failed after ${m.attempts} attempts: ${error}`
      : `rejected_by_provider: ${error}`;
    const outcome = await db.transaction((tx) =>
      failDelivery(tx, { clock, ids, onOutcome }, m, {
        reason,
        error,
        guard: 'attempt',
      }),
    );
    return outcome === 'stale' ? 'postponed' : outcome;
  };

  const deliver = async (
    m: ClaimedMessage,
    customer: CustomerRecord | undefined,
    optedOutPhone: string | undefined,
    rules: AttemptRuleOptions,
  ): Promise<Outcome> => {
    if (!customer) {
      await settle(db, m, `status = 'skipped', reason = $4, next_attempt_at = null`, ['customer_erased']);
      return 'skipped';
    }
    // Consent, the 080 list, the night window and the caps can change between the step and a (re)try
    // hours later: every attempt asks the same rules as the send step.
    const violation = await attemptViolation(db, m, customer, optedOutPhone, clock.now(), rules);
    if (violation) {
      await settle(db, m, `status = 'skipped', reason = $4, next_attempt_at = null`, [
        `${violation.code}_at_send: ${violation.detail}`,
      ]);
      return 'skipped';
    }
    const to = toRecipient(customer);
    const missing = missingAddress(m.channel, to);
    if (missing) {
      // AlimTalk without a phone can't fall back either; nothing to retry.
      await settle(db, m, `status = 'skipped', reason = $4, next_attempt_at = null`, [missing]);
      return 'skipped';
    }
    // Rows queued before this check existed, or written by other paths, get the same link rule as the step.
    const unsafe = unsafeLinks(m.channel, m.rendered ?? m.content);
    if (unsafe.length > 0) {
      const error = unsafeLinkReason(unsafe);
      const outcome = await db.transaction((tx) =>
        failDelivery(tx, { clock, ids, onOutcome }, m, {
          reason: `unsafe_link: ${error}`,
          error: `unsafe_link: ${error}`,
          guard: 'attempt',
        }),
      );
      return outcome === 'stale' ? 'postponed' : outcome;
    }
    let adapter: ChannelAdapter;
    try {
      adapter = await channels.resolve(m.workspaceId, m.channel);
    } catch (error) {
      // Unusable settings (e.g. credentials sealed with another key) count as attempts, so they dead-letter.
      return handleResult(m, {
        status: 'failed',
        retryable: true,
        error: `channel settings unusable: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
    const wait = await limiter.take(`${m.workspaceId}:${adapter.provider}`, adapter.ratePerSecond);
    if (wait > 0) {
      // Not an attempt: give the attempt back and come back when the bucket has a token.
      await settle(db, m, `attempts = attempts - 1, next_attempt_at = $4`, [
        new Date(clock.now().getTime() + wait).toISOString(),
      ]);
      return 'postponed';
    }
    const message: OutboundMessage = {
      id: m.id,
      idempotencyKey: m.idempotencyKey,
      workspaceId: m.workspaceId,
      journeyId: m.journeyId,
      runId: m.runId,
      nodeId: m.nodeId,
      customerId: m.customerId,
      channel: m.channel,
      purpose: m.purpose,
      content: (m.rendered ?? m.content) as OutboundMessage['content'],
      to,
      attempt: m.attempts,
    };
    // The last check before the provider: a lost lease or a paused journey means no call at all.
    if (!(await lease.handOff(m))) return 'postponed';
    let result: DeliveryResult;
    const startedAt = Date.now();
    try {
      result = await adapter.send(message);
    } catch (error) {
      // An adapter that throws is treated like a transient provider error.
      result = {
        status: 'failed',
        retryable: true,
        error: error instanceof Error ? error.message : String(error),
      };
    }
    sendTimer.observe(Date.now() - startedAt);
    logger.info('delivery attempt', {
      outboxId: m.id,
      channel: m.channel,
      provider: adapter.provider,
      attempt: m.attempts,
      status: result.status,
    });
    return handleResult(m, result);
  };

  const runOnce = async (): Promise<DeliveryTickResult> => {
    const claimed = await claim();
    const counts: Record<Outcome, number> = {
      sent: 0,
      delivered: 0,
      retried: 0,
      failed: 0,
      skipped: 0,
      fellBack: 0,
      postponed: 0,
    };
    if (claimed.length === 0) return { claimed: 0, ...counts };
    const customers = new Map<string, CustomerRecord>();
    const customerRows = await db.query(
      `select ${customerColumns} from customers where id = any($1::text[])`,
      [[...new Set(claimed.map((m) => m.customerId))]],
    );
    for (const row of customerRows) {
      const customer = customerFromRow(row);
      customers.set(customer.id, {
        ...customer,
        attributes: asRecord(customer.attributes),
        consent: asRecord(customer.consent) as CustomerRecord['consent'],
      });
    }
    const optoutKeys = new Map<string, string>();
    for (const m of claimed) {
      const customer = customers.get(m.customerId);
      const key = customer ? optoutKeyOf(customer, m.channel, m.purpose) : undefined;
      if (key) optoutKeys.set(m.id, key);
    }
    const optedOut = await findOptedOut(
      db,
      claimed.flatMap((m) => {
        const phone = optoutKeys.get(m.id);
        return phone ? [{ workspaceId: m.workspaceId, phone }] : [];
      }),
    );

    // Each workspace's caps are read once per tick.
    const caps = new Map<string, Promise<WorkspaceCaps>>();
    const rules: AttemptRuleOptions = {
      ...options.rules,
      loadCaps: (workspaceId) => {
        let loaded = caps.get(workspaceId);
        if (!loaded) {
          loaded = loadWorkspaceCaps(
            db,
            workspaceId,
            options.rules?.fatigueDefault ?? defaultEngineOptions.workspaceCap,
          );
          caps.set(workspaceId, loaded);
        }
        return loaded;
      },
    };
    const queue = [...claimed];
    const workers = Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
      for (let m = queue.shift(); m; m = queue.shift()) {
        const customer = customers.get(m.customerId);
        const phone = optoutKeys.get(m.id);
        const isOptedOut =
          phone !== undefined && optedOut.has(`${m.workspaceId}:${phone}`) ? phone : undefined;
        try {
          counts[await deliver(m, customer, isOptedOut, rules)] += 1;
        } catch (error) {
          // A database hiccup leaves the row queued; the lease brings it back.
          logger.error('delivery failed unexpectedly', { outboxId: m.id, error: String(error) });
          counts.postponed += 1;
        } finally {
          lease.forget(m.id);
        }
      }
    });
    await Promise.all(workers);
    return { claimed: claimed.length, ...counts };
  };

  const start = (intervalMs = 1000) =>
    startTicking(runOnce, intervalMs, (error) =>
      logger.error('delivery tick failed', { error: String(error) }),
    );

  return { runOnce, start };
};
