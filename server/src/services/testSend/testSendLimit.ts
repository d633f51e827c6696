import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { TEST_SEND_LIMIT } from '@journeyflow/shared/api/testSends';
import { TestSendRateLimitedError } from '../../errors/teamErrors';

/** The audit action of a test send; the per-user limit counts these, so it holds across processes. */
export const TEST_SEND_AUDIT_ACTION = 'test_send.create';

/**
 * At most `TEST_SEND_LIMIT.max` test sends per user in a sliding window; 429 `rate_limited` with the
 * seconds until the oldest one in the window leaves it.
 */
export const assertTestSendAllowed = async (
  sql: SqlClient,
  workspaceId: string,
  userId: string,
  now: Date,
): Promise<void> => {
  const { max, windowSeconds } = TEST_SEND_LIMIT;
  const since = new Date(now.getTime() - windowSeconds * 1000);
  const [row] = await sql.query<{ n: number; oldest: string | Date | null }>(
    `select count(*)::int as n, min(created_at) as oldest from audit_log
      where workspace_id = $1 and entity_type = 'test_send' and actor_id = $2 and action = $3
        and created_at > $4::timestamptz`,
    [workspaceId, userId, TEST_SEND_AUDIT_ACTION, since.toISOString()],
  );
  if (Number(row?.n ?? 0) < max) return;
  const oldest = row?.oldest ? new Date(row.oldest).getTime() : now.getTime();
  const retryAfterSeconds = Math.max(1, Math.ceil((oldest + windowSeconds * 1000 - now.getTime()) / 1000));
  throw new TestSendRateLimitedError(max, windowSeconds, retryAfterSeconds);
};
