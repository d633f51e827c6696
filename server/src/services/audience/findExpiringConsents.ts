import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { CONSENT_VALID_DAYS } from '@journeyflow/shared/api/consent';
import { CONSENT_EXPIRING_NOTICE_DAYS } from '@journeyflow/shared/audience/consentStatus';
import type { AudienceEvent } from './audienceEvent';
import { safeTimestampSql } from './safeTimestampSql';

/**
 * The daily consent check: every channel consent that expires (two years after it was given) within
 * the next 30 days becomes a `consent_expiring` event `{ channel, givenAt, expiresAt }`, so a journey can
 * ask the customer to renew. The messageId names the customer, channel and grant date, so running the
 * job every day (or twice) emits one event per grant.
 */
export const findExpiringConsents = async (
  sql: SqlClient,
  workspaceId: string,
  now: Date,
): Promise<AudienceEvent[]> => {
  const given = safeTimestampSql('x.value');
  const rows = await sql.query<{
    id: string;
    external_id: string;
    channel: string;
    given_at: Date;
    expires_at: Date;
  }>(
    `select id, external_id, channel, given_at, given_at + make_interval(days => $3) as expires_at from (
       select c.id, c.external_id, x.key as channel, ${given} as given_at
         from customers c cross join lateral jsonb_each_text(c.consent) as x(key, value)
        where c.workspace_id = $1 and x.value is not null
     ) g
     where given_at + make_interval(days => $3) > $2::timestamptz
       and given_at + make_interval(days => $3 - $4) <= $2::timestamptz`,
    [workspaceId, now.toISOString(), CONSENT_VALID_DAYS, CONSENT_EXPIRING_NOTICE_DAYS],
  );
  return rows.map((row) => {
    const givenAt = new Date(row.given_at).toISOString();
    return {
      customerId: row.id,
      externalId: row.external_id,
      name: 'consent_expiring',
      properties: { channel: row.channel, givenAt, expiresAt: new Date(row.expires_at).toISOString() },
      timestamp: now,
      messageId: `consent_expiring:${row.id}:${row.channel}:${givenAt}`,
    };
  });
};
