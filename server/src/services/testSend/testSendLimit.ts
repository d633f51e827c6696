import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { AuditEntityType } from '@journeyflow/shared/api/audit';
import { TEST_SEND_LIMIT, VERIFICATION_CODE_SEND_LIMIT } from '@journeyflow/shared/api/testSends';
import { TestSendRateLimitedError } from '../../errors/teamErrors';

/** The audit action of a test send; the per-user limit counts these, so it holds across processes. */
export const TEST_SEND_AUDIT_ACTION = 'test_send.create';
/** The audit action of a verification code sent by SMS (counted the same way). */
export const CODE_SENT_AUDIT_ACTION = 'test_recipient.code';

/**
 * At most `max` audited actions per user in a sliding window; 429 `rate_limited` with the seconds until
 * the oldest one in the window leaves it.
 */
const assertAuditedRate = async (
  sql: SqlClient,
  q: {
    readonly workspaceId: string;
    readonly userId: string;
    readonly entityType: AuditEntityType;
    readonly action: string;
    readonly limit: 'test_sends' | 'verification_codes';
    readonly max: number;
    readonly windowSeconds: number;
    readonly now: Date;
  },
): Promise<void> => {
  const since = new Date(q.now.getTime() - q.windowSeconds * 1000);
  const [row] = await sql.query<{ n: number; oldest: string | Date | null }>(
    `select count(*)::int as n, min(created_at) as oldest from audit_log
      where workspace_id = $1 and entity_type = $2 and actor_id = $3 and action = $4
        and created_at > $5::timestamptz`,
    [q.workspaceId, q.entityType, q.userId, q.action, since.toISOString()],
  );
  if (Number(row?.n ?? 0) < q.max) return;
  const oldest = row?.oldest ? new Date(row.oldest).getTime() : q.now.getTime();
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((oldest + q.windowSeconds * 1000 - q.now.getTime()) / 1000),
  );
  throw new TestSendRateLimitedError(q.limit, q.max, q.windowSeconds, retryAfterSeconds);
};

/** `TEST_SEND_LIMIT` test sends per user. */
export const assertTestSendAllowed = (sql: SqlClient, workspaceId: string, userId: string, now: Date) =>
  assertAuditedRate(sql, {
    workspaceId,
    userId,
    entityType: 'test_send',
    action: TEST_SEND_AUDIT_ACTION,
    limit: 'test_sends',
    ...TEST_SEND_LIMIT,
    now,
  });

/** `VERIFICATION_CODE_SEND_LIMIT` codes per user: a code is an SMS to a number nobody has proved yet. */
export const assertCodeSendAllowed = (sql: SqlClient, workspaceId: string, userId: string, now: Date) =>
  assertAuditedRate(sql, {
    workspaceId,
    userId,
    entityType: 'test_recipient',
    action: CODE_SENT_AUDIT_ACTION,
    limit: 'verification_codes',
    ...VERIFICATION_CODE_SEND_LIMIT,
    now,
  });
