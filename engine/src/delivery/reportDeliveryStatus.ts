import type { Clock } from '../ports/clock';
import type { Ids } from '../ports/ids';
import type { SqlClient } from '../ports/sqlClient';
import { failDelivery } from './failDelivery';
import { type ClaimedMessage, type DeliveryOutcomeHook, outcomeOf, toClaimedMessage } from './outboxMessage';

/**
 * A provider's delivery report (status callback). The message is found by our outbox id, the provider's
 * message id, or the idempotency key we passed to the provider — whichever the provider echoes back.
 */
export type DeliveryStatusReport = {
  readonly workspaceId: string;
  readonly outboxId?: string | undefined;
  readonly providerMessageId?: string | undefined;
  readonly idempotencyKey?: string | undefined;
  readonly status: 'delivered' | 'failed' | 'clicked';
  readonly error?: string | undefined;
};

export type DeliveryStatusResult = {
  /** `unchanged`: the message was already settled (a repeated or late report is harmless). */
  readonly result: 'updated' | 'fellBack' | 'unchanged' | 'not_found';
  readonly outboxId?: string;
};

/**
 * Applies a provider's report: `delivered` settles a sent message; `failed` fails it like a final send
 * failure (so AlimTalk still falls back once, and the run can take the `failed` handle); `clicked` is
 * recorded as a `message_clicked` event of the customer, deduplicated per message, for goals and reports.
 */
export const reportDeliveryStatus = async (
  deps: {
    readonly db: SqlClient;
    readonly clock: Clock;
    readonly ids: Ids;
    readonly onOutcome?: DeliveryOutcomeHook;
    /**
     * Ingests the click as a tracked event (the engine's `ingestEvents`), so journeys waiting for or
     * converting on `message_clicked` react. Without it the event row is only recorded.
     */
    readonly trackEvent?: (
      workspaceId: string,
      event: TrackedClick,
    ) => Promise<{ readonly accepted: number }>;
  },
  report: DeliveryStatusReport,
): Promise<DeliveryStatusResult> => {
  if (report.status === 'clicked' && deps.trackEvent) {
    const [row] = await deps.db.query(
      `select * from outbox where workspace_id = $1 and ${lookupColumn(report)} = $2 limit 1`,
      [report.workspaceId, lookupValue(report)],
    );
    if (!row) return { result: 'not_found' };
    const m = toClaimedMessage(row);
    // A test send's click is nobody's behaviour: it must not wake a customer's journeys.
    if (row.test === true) return { result: 'unchanged', outboxId: m.id };
    const { accepted } = await deps.trackEvent(m.workspaceId, {
      externalId: m.externalId,
      name: 'message_clicked',
      properties: clickProperties(m),
      messageId: `clicked:${m.id}`,
    });
    return { result: accepted > 0 ? 'updated' : 'unchanged', outboxId: m.id };
  }
  return deps.db.transaction(async (tx) => {
    const [row] = await tx.query(
      `select * from outbox where workspace_id = $1 and ${lookupColumn(report)} = $2 limit 1 for update`,
      [report.workspaceId, lookupValue(report)],
    );
    if (!row) return { result: 'not_found' };
    const m = toClaimedMessage(row);
    const now = deps.clock.now().toISOString();
    if (report.status === 'delivered') {
      const updated = await tx.query(
        `update outbox set status = 'delivered', updated_at = $2 where id = $1 and status in ('queued', 'sent') returning id`,
        [m.id, now],
      );
      if (updated.length === 0) return { result: 'unchanged', outboxId: m.id };
      await deps.onOutcome?.(tx, outcomeOf(m, 'delivered', null));
      return { result: 'updated', outboxId: m.id };
    }
    if (report.status === 'failed') {
      const error = report.error ?? 'reported failed by the provider';
      const outcome = await failDelivery(tx, deps, m, {
        reason: `provider_reported_failure: ${error}`,
        error,
        guard: 'accepted',
      });
      return {
        result: outcome === 'stale' ? 'unchanged' : outcome === 'fellBack' ? 'fellBack' : 'updated',
        outboxId: m.id,
      };
    }
    if (row.test === true) return { result: 'unchanged', outboxId: m.id };
    const inserted = await tx.query(
      `insert into events (id, workspace_id, customer_id, name, properties, ts, message_id, received_at)
       values ($1, $2, $3, 'message_clicked', $4::text::jsonb, $5, $6, $5)
       on conflict do nothing -- a taken message_id skips the row: trigger events_claim_key (0018_partition)
       returning id`,
      [
        deps.ids.newId('evt'),
        m.workspaceId,
        m.customerId,
        JSON.stringify(clickProperties(m)),
        now,
        `clicked:${m.id}`,
      ],
    );
    return { result: inserted.length > 0 ? 'updated' : 'unchanged', outboxId: m.id };
  });
};

/** The click as a tracked event (the engine's `TrackedEvent` shape). */
export type TrackedClick = {
  readonly externalId: string;
  readonly name: 'message_clicked';
  readonly properties: Record<string, unknown>;
  readonly messageId: string;
};

const clickProperties = (m: ClaimedMessage) => ({
  messageId: m.id,
  journeyId: m.journeyId,
  nodeId: m.nodeId,
  channel: m.channel,
});

const lookupColumn = (report: DeliveryStatusReport) =>
  report.outboxId ? 'id' : report.providerMessageId ? 'provider_message_id' : 'idempotency_key';

const lookupValue = (report: DeliveryStatusReport) =>
  report.outboxId ?? report.providerMessageId ?? report.idempotencyKey ?? '';
