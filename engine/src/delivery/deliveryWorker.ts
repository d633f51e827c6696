import type { Channel, MessagePurpose } from '@journeyflow/shared/messaging/channelContent';
import type { ChannelsPort, DeliveryResult, OutboundMessage, Recipient } from '../ports/channels';
import type { Clock } from '../ports/clock';
import type { Ids } from '../ports/ids';
import type { Logger } from '../ports/logger';
import type { SqlClient } from '../ports/sqlClient';
import { type BackoffPolicy, backoffDelay, defaultBackoff } from './backoffDelay';
import { normalizePhone } from './normalizePhone';
import { createRateLimiter } from './rateLimiter';

/** The outbox row as the worker claims it (columns of `outbox`, owned by the engine runtime). */
export type ClaimedMessage = {
  readonly id: string;
  readonly workspaceId: string;
  readonly journeyId: string;
  readonly journeyVersion: number;
  readonly runId: string;
  readonly nodeId: string;
  readonly visit: number;
  readonly idempotencyKey: string;
  readonly customerId: string;
  readonly externalId: string;
  readonly channel: Channel;
  readonly purpose: MessagePurpose;
  readonly content: unknown;
  readonly rendered: unknown;
  readonly fallback: OutboxFallback | null;
  readonly attempts: number;
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

/** Passed to `onFinalFailure`: the send node's `failed` handle should be taken for this run. */
export type FinalDeliveryFailure = {
  readonly outboxId: string;
  readonly workspaceId: string;
  readonly journeyId: string;
  readonly journeyVersion: number;
  readonly runId: string;
  readonly nodeId: string;
  readonly visit: number;
  readonly channel: Channel;
  readonly reason: string;
};

export type DeliveryWorkerPorts = {
  readonly db: SqlClient;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly ids: Ids;
  readonly channels: ChannelsPort;
};

export type DeliveryWorkerOptions = {
  /** Rows claimed per tick. */
  readonly batchSize?: number;
  /** Sends in flight at once within a tick. */
  readonly concurrency?: number;
  /** Attempts before a message is dead-lettered (`failed`). */
  readonly maxAttempts?: number;
  readonly backoff?: BackoffPolicy;
  /**
   * How long a claimed row stays invisible to other workers. A worker killed mid-send leaves the row
   * `queued`; after the lease it is retried with the same idempotency key, which the provider dedupes.
   */
  readonly leaseMs?: number;
  /**
   * Called in the transaction that marks a message finally failed (after retries and fallback), so the
   * engine can resume the run on the send node's `failed` handle exactly once.
   */
  readonly onFinalFailure?: (tx: SqlClient, failure: FinalDeliveryFailure) => Promise<void>;
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

/** Channels addressed by phone number, where the workspace's 080 opt-out list applies to ads. */
const PHONE_CHANNELS: ReadonlySet<Channel> = new Set(['sms', 'alimtalk', 'brandmessage']);

type Outcome = keyof Omit<DeliveryTickResult, 'claimed'>;

type CustomerRow = {
  id: string;
  external_id: string;
  phone: string | null;
  email: string | null;
  attributes: unknown;
};

/**
 * The delivery worker (SPEC §4, §6): sends `queued` outbox rows through the workspace's adapter with retries,
 * exponential backoff, dead-lettering, per-provider rate limits, the AlimTalk → SMS/LMS fallback (at most
 * once, enforced by the fallback row's unique idempotency key) and 080 opt-outs checked at send time.
 */
export const createDeliveryWorker = (
  ports: DeliveryWorkerPorts,
  options: DeliveryWorkerOptions = {},
): DeliveryWorker => {
  const { db, clock, logger, ids, channels } = ports;
  const batchSize = options.batchSize ?? 100;
  const concurrency = options.concurrency ?? 8;
  const maxAttempts = options.maxAttempts ?? 5;
  const backoff = options.backoff ?? defaultBackoff;
  const leaseMs = options.leaseMs ?? 300_000;
  const limiter = createRateLimiter(clock);

  const claim = async (): Promise<ClaimedMessage[]> => {
    const now = clock.now();
    const rows = await db.transaction((tx) =>
      tx.query(
        `with due as (
           select id from outbox
           where status = 'queued' and (next_attempt_at is null or next_attempt_at <= $1)
           order by next_attempt_at nulls first
           limit $2
           for update skip locked
         )
         update outbox o
            set attempts = o.attempts + 1, next_attempt_at = $3, updated_at = $1
           from due where o.id = due.id
         returning o.id, o.workspace_id, o.journey_id, o.journey_version, o.run_id, o.node_id, o.visit,
                   o.idempotency_key, o.customer_id, o.external_id, o.channel, o.purpose, o.content,
                   o.rendered, o.fallback, o.attempts`,
        [now.toISOString(), batchSize, new Date(now.getTime() + leaseMs).toISOString()],
      ),
    );
    return rows.map(toClaimed);
  };

  /** Conditional update: only the worker holding this attempt may settle it (a lease may have expired). */
  const settle = (tx: SqlClient, m: ClaimedMessage, set: string, params: readonly unknown[]) =>
    tx.query(
      `update outbox set ${set}, updated_at = $3 where id = $1 and status = 'queued' and attempts = $2 returning id`,
      [m.id, m.attempts, clock.now().toISOString(), ...params],
    );

  const failFinally = async (m: ClaimedMessage, reason: string, lastError: string): Promise<Outcome> => {
    const isAlimtalkWithFallback = m.channel === 'alimtalk' && m.fallback !== null;
    return db.transaction(async (tx) => {
      if (isAlimtalkWithFallback) {
        const fallback = m.fallback as OutboxFallback;
        const updated = await settle(
          tx,
          m,
          `status = 'failed', reason = $4, last_error = $5, next_attempt_at = null`,
          [`alimtalk_failed_fallback_${fallback.channel}: ${lastError}`, lastError],
        );
        if (updated.length === 0) return 'postponed';
        const fallbackId = ids.newId('msg');
        const inserted = await tx.query(
          `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
             customer_id, external_id, channel, purpose, status, content, rendered, fallback, reason, attempts,
             next_attempt_at, created_at, updated_at)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'queued', $13, $14, null, $15, 0, $16, $16, $16)
           on conflict (idempotency_key) do nothing
           returning id`,
          [
            fallbackId,
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
            clock.now().toISOString(),
          ],
        );
        if (inserted.length > 0) {
          await recordTrace(tx, m, `AlimTalk failed (${lastError}); fell back to ${fallback.channel}`);
        }
        return 'fellBack';
      }
      const updated = await settle(
        tx,
        m,
        `status = 'failed', reason = $4, last_error = $5, next_attempt_at = null`,
        [reason, lastError],
      );
      if (updated.length === 0) return 'postponed';
      await options.onFinalFailure?.(tx, {
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
      return 'failed';
    });
  };

  /** The trace answers "why did this customer get an SMS instead of AlimTalk?" (SPEC §4). */
  const recordTrace = async (tx: SqlClient, m: ClaimedMessage, reason: string) => {
    await tx.query(
      `insert into run_trace (id, run_id, workspace_id, customer_id, journey_id, version, node_id, node_type, handle,
         reason, kind, seq, at)
       select $1, $2, $3, $4, $5, $6, $7, 'send', null, $8, 'fallback',
              coalesce((select max(seq) from run_trace where run_id = $2), 0) + 1, $9`,
      [
        ids.newId('trc'),
        m.runId,
        m.workspaceId,
        m.customerId,
        m.journeyId,
        m.journeyVersion,
        m.nodeId,
        reason,
        clock.now().toISOString(),
      ],
    );
  };

  const handleResult = async (m: ClaimedMessage, result: DeliveryResult): Promise<Outcome> => {
    if (result.status !== 'failed') {
      const updated = await settle(
        db,
        m,
        `status = $4, provider_message_id = $5, last_error = null, next_attempt_at = null`,
        [result.status, result.providerMessageId ?? null],
      );
      return updated.length === 0 ? 'postponed' : result.status;
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
    return failFinally(m, reason, error);
  };

  const deliver = async (
    m: ClaimedMessage,
    customer: CustomerRow | undefined,
    optedOut: boolean,
  ): Promise<Outcome> => {
    if (!customer) {
      await settle(db, m, `status = 'skipped', reason = $4, next_attempt_at = null`, ['customer_erased']);
      return 'skipped';
    }
    if (optedOut) {
      await settle(db, m, `status = 'skipped', reason = $4, next_attempt_at = null`, ['opted_out_080']);
      return 'skipped';
    }
    const to = toRecipient(customer);
    const missing = missingAddress(m.channel, to);
    if (missing) {
      // AlimTalk without a phone can't fall back either; nothing to retry.
      await settle(db, m, `status = 'skipped', reason = $4, next_attempt_at = null`, [missing]);
      return 'skipped';
    }
    const adapter = await channels.resolve(m.workspaceId, m.channel);
    const wait = limiter.take(`${m.workspaceId}:${adapter.provider}`, adapter.ratePerSecond);
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
    let result: DeliveryResult;
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
    const customers = new Map<string, CustomerRow>();
    const customerRows = await db.query<CustomerRow>(
      'select id, external_id, phone, email, attributes from customers where id = any($1::text[])',
      [[...new Set(claimed.map((m) => m.customerId))]],
    );
    for (const row of customerRows) customers.set(row.id, row);
    const optedOut = await loadOptOuts(db, claimed, customers);

    const queue = [...claimed];
    const workers = Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
      for (let m = queue.shift(); m; m = queue.shift()) {
        const customer = customers.get(m.customerId);
        const phone = customer?.phone ? normalizePhone(customer.phone) : null;
        const isOptedOut =
          m.purpose === 'ad' &&
          PHONE_CHANNELS.has(m.channel) &&
          phone !== null &&
          optedOut.has(`${m.workspaceId}:${phone}`);
        try {
          counts[await deliver(m, customer, isOptedOut)] += 1;
        } catch (error) {
          // A database hiccup leaves the row queued; the lease brings it back.
          logger.error('delivery failed unexpectedly', { outboxId: m.id, error: String(error) });
          counts.postponed += 1;
        }
      }
    });
    await Promise.all(workers);
    return { claimed: claimed.length, ...counts };
  };

  const start = (intervalMs = 1000) => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running: Promise<unknown> = Promise.resolve();
    const tick = () => {
      running = runOnce()
        .catch((error) => logger.error('delivery tick failed', { error: String(error) }))
        .then((result) => {
          if (stopped) return;
          // Keep draining without waiting while there is a full batch.
          const busy = typeof result === 'object' && result !== null && result.claimed === batchSize;
          timer = setTimeout(tick, busy ? 0 : intervalMs);
        });
    };
    tick();
    return async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    };
  };

  return { runOnce, start };
};

const loadOptOuts = async (
  db: SqlClient,
  claimed: readonly ClaimedMessage[],
  customers: ReadonlyMap<string, CustomerRow>,
): Promise<Set<string>> => {
  const phones = new Set<string>();
  const workspaces = new Set<string>();
  for (const m of claimed) {
    if (m.purpose !== 'ad' || !PHONE_CHANNELS.has(m.channel)) continue;
    const phone = customers.get(m.customerId)?.phone;
    const normalized = phone ? normalizePhone(phone) : null;
    if (normalized) {
      phones.add(normalized);
      workspaces.add(m.workspaceId);
    }
  }
  if (phones.size === 0) return new Set();
  const rows = await db.query<{ workspace_id: string; phone: string }>(
    'select workspace_id, phone from optouts where workspace_id = any($1::text[]) and phone = any($2::text[])',
    [[...workspaces], [...phones]],
  );
  return new Set(rows.map((r) => `${r.workspace_id}:${r.phone}`));
};

const toRecipient = (customer: CustomerRow): Recipient => {
  const attributes = (
    typeof customer.attributes === 'object' && customer.attributes !== null ? customer.attributes : {}
  ) as Record<string, unknown>;
  const tokens = attributes.pushTokens ?? attributes.pushToken;
  const pushTokens = (Array.isArray(tokens) ? tokens : [tokens]).filter(
    (t): t is string => typeof t === 'string' && t.length > 0,
  );
  const phone = customer.phone ?? (typeof attributes.phone === 'string' ? attributes.phone : null);
  const email = customer.email ?? (typeof attributes.email === 'string' ? attributes.email : null);
  return { externalId: customer.external_id, phone, email, pushTokens };
};

const missingAddress = (channel: Channel, to: Recipient): string | null => {
  if (PHONE_CHANNELS.has(channel)) return to.phone ? null : 'no_phone_number';
  if (channel === 'email') return to.email ? null : 'no_email_address';
  if (channel === 'push') return to.pushTokens.length > 0 ? null : 'no_push_token';
  return null;
};

const parseJson = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};

const toClaimed = (row: Record<string, unknown>): ClaimedMessage => ({
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
});
