import type { Channel } from '@journeyflow/shared/messaging/channelContent';
import { type CapScope, countRecentSends } from '../rules/caps';
import type { NodeContext } from './nodeHandler';

// What the send step's caps count, and the per-customer lock that keeps two transactions from both
// letting a capped send through.

/** How soon a send that found its customer locked by another transaction tries again. */
export const SEND_LOCK_RETRY_MS = 2000;

/**
 * Caps count committed messages (plus this batch's own), so two transactions deciding sends to one customer
 * at once could each let one through. On PostgreSQL a capped send first takes a transaction-scoped advisory
 * lock on its customer, without waiting: whoever holds it decides, the other defers briefly (never blocks,
 * so no deadlock). PGlite runs one transaction at a time and needs none.
 */
export async function lockCustomerSends(ctx: NodeContext<'send'>): Promise<boolean> {
  if (ctx.env.tx.kind !== 'postgres') return true;
  const [row] = await ctx.env.tx.query<{ locked: boolean }>(
    'select pg_try_advisory_xact_lock(hashtextextended($1, 0)) as locked',
    [customerSendLockKey(ctx.run.workspaceId, ctx.customer.id)],
  );
  return row?.locked === true;
}

/** The advisory-lock key text of a customer's sends (hashed with `hashtextextended(key, 0)`). */
export const customerSendLockKey = (workspaceId: string, customerId: string): string =>
  `journeyflow:send:${workspaceId}:${customerId}`;

/** Messages counted against a cap: committed ones plus those queued earlier in this batch. */
export async function countRecent(
  ctx: NodeContext<'send'>,
  scope: CapScope,
  channel: Channel,
  perSeconds: number,
): Promise<number> {
  const committed = await countRecentSends(ctx.env.tx, {
    workspaceId: ctx.run.workspaceId,
    customerId: ctx.customer.id,
    scope,
    channel,
    journeyId: ctx.run.journeyId,
    perSeconds,
    now: ctx.env.now,
  });
  return (
    committed +
    (ctx.env.pendingSends.get(pendingKey(scope, ctx.run.journeyId, channel, ctx.customer.id)) ?? 0)
  );
}

export function pendingKey(scope: CapScope, journeyId: string, channel: string, customerId: string): string {
  if (scope === 'journey') return `j:${journeyId}:${customerId}`;
  if (scope === 'allAds') return `allAds:${customerId}`;
  return `${scope}:${channel}:${customerId}`;
}
