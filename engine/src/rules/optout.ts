import { normalizePhone } from '@journeyflow/shared/compliance/normalizePhone';
import type { Channel, MessagePurpose } from '@journeyflow/shared/messaging/channelContent';
import type { SqlClient } from '../ports/sqlClient';
import type { CustomerRecord } from '../step/customerRecord';
import { PHONE_CHANNELS, phoneOf } from './address';
import type { SendRuleViolation } from './sendRuleViolation';

/**
 * The customer's number as 080 opt-outs are stored (`01012345678`), when the opt-out list applies to
 * this send (an ad by phone); undefined otherwise.
 */
export function optoutKeyOf(
  customer: CustomerRecord,
  channel: Channel,
  purpose: MessagePurpose,
): string | undefined {
  if (purpose !== 'ad' || !PHONE_CHANNELS.has(channel)) return undefined;
  const phone = phoneOf(customer);
  return (phone ? normalizePhone(phone) : null) ?? undefined;
}

/** Which of `phones` (normalised) refused ads through each workspace's 080 line, as `workspace:phone`. */
export async function findOptedOut(
  sql: SqlClient,
  pairs: readonly { readonly workspaceId: string; readonly phone: string }[],
): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const rows = await sql.query<{ workspace_id: string; phone: string }>(
    'select workspace_id, phone from optouts where workspace_id = any($1::text[]) and phone = any($2::text[])',
    [[...new Set(pairs.map((p) => p.workspaceId))], [...new Set(pairs.map((p) => p.phone))]],
  );
  return new Set(rows.map((r) => `${r.workspace_id}:${r.phone}`));
}

/** An ad by phone to a number on the workspace's 080 opt-out list may not go out. */
export function optoutViolation(optedOutPhone: string | undefined): SendRuleViolation | undefined {
  return optedOutPhone
    ? { code: 'opted_out', why: `${optedOutPhone} opted out via 080`, detail: '080' }
    : undefined;
}
