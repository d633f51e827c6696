import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { CustomerEraseResult } from '@journeyflow/shared/audience/customerDetail';
import { findCustomerRow } from './customerQueries';

/**
 * Privacy erase (`DELETE /api/customers/:externalId`), in one transaction: active and waiting runs end
 * (status `exited`, nothing left to wake or wait for), queued messages are skipped,
 * the personal content of every message is scrubbed, and the profile, events, memberships, grade
 * history, in-app inbox and run trace reasons about the customer are deleted. Stats keep their counts
 * because outbox and run rows stay, without personal data.
 */
export const eraseCustomer = async (
  sql: SqlClient,
  workspaceId: string,
  externalId: string,
  now: Date,
): Promise<CustomerEraseResult> => {
  const customer = await findCustomerRow(sql, workspaceId, externalId);
  const at = now.toISOString();
  const erasedRef = `erased:${customer.id}`;
  return sql.transaction(async (tx) => {
    const ended = await tx.query<{ id: string }>(
      `update runs set status = 'exited', ended_at = $3::timestamptz, wake_at = null, waiting_event = null,
         waiting_filter = null, trigger_event = null, updated_at = $3::timestamptz
       where workspace_id = $1 and customer_id = $2 and status in ('active', 'waiting', 'paused') returning id`,
      [workspaceId, customer.id, at],
    );
    // Trace reasons can quote attribute values; keep the steps (for stats) but not the words.
    await tx.query(
      `update run_trace set reason = 'customer erased (privacy request)' where workspace_id = $1 and customer_id = $2`,
      [workspaceId, customer.id],
    );
    // Refusal params can quote the entry event's values too (where_mismatch detail); the codes stay counted.
    await tx.query(
      `update entry_refusals set reason = 'customer erased (privacy request)', params = '{}'::jsonb
        where workspace_id = $1 and customer_id = $2`,
      [workspaceId, customer.id],
    );
    // Test sends rendered with this customer's data name them by external id only (they went to a test phone).
    const scrubbed = await tx.query<{ id: string }>(
      `update outbox set status = case when status = 'queued' then 'skipped' else status end,
         reason = case when status = 'queued' then 'customer erased (privacy request)' else reason end,
         rendered = '{}'::jsonb, fallback = null, external_id = $3, next_attempt_at = null, updated_at = $4::timestamptz
       where workspace_id = $1 and (customer_id = $2 or (test and external_id = $5)) returning id`,
      [workspaceId, customer.id, erasedRef, at, externalId],
    );
    const events = await tx.query<{ id: string }>(
      'delete from events where workspace_id = $1 and customer_id = $2 returning id',
      [workspaceId, customer.id],
    );
    const left = await tx.query<{ segment_id: string }>(
      'delete from segment_members where workspace_id = $1 and customer_id = $2 returning segment_id',
      [workspaceId, customer.id],
    );
    if (left.length > 0) {
      await tx.query(
        'update segments set member_count = greatest(0, member_count - 1) where id = any($1::text[])',
        [left.map((l) => l.segment_id)],
      );
    }
    await tx.query('delete from grade_history where workspace_id = $1 and customer_id = $2', [
      workspaceId,
      customer.id,
    ]);
    await tx.query('delete from inapp_messages where workspace_id = $1 and customer_id = $2', [
      workspaceId,
      customer.id,
    ]);
    // Tracked links name the customer: they stop working (404), and a cached one records no click.
    await tx.query('delete from short_links where workspace_id = $1 and customer_id = $2', [
      workspaceId,
      customer.id,
    ]);
    await tx.query('delete from customers where workspace_id = $1 and id = $2', [workspaceId, customer.id]);
    return {
      erased: true,
      events: events.length,
      runsEnded: ended.length,
      messagesScrubbed: scrubbed.length,
    };
  });
};
