import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';

export type AliasOutcome = 'renamed' | 'merged' | 'unchanged';

/**
 * Segment `alias`: `previousId` and `userId` are one person. When only `previousId` is known, the customer
 * simply takes `userId` as its external id. When both are known, the previous customer's events move to
 * `userId` and its attributes fill what `userId` lacks (the identified profile wins); the previous profile
 * stays, marked `merged_into`, so runs and messages already about it keep their history.
 */
export async function aliasCustomer(
  sql: SqlClient,
  workspaceId: string,
  previousId: string,
  userId: string,
): Promise<AliasOutcome> {
  if (previousId === userId) return 'unchanged';
  return sql.transaction(async (tx) => {
    const rows = await tx.query<{ id: string; external_id: string; attributes: Record<string, unknown> }>(
      `select id, external_id, attributes from customers
        where workspace_id = $1 and external_id = any($2::text[]) order by id for update`,
      [workspaceId, [previousId, userId]],
    );
    const previous = rows.find((r) => r.external_id === previousId);
    const user = rows.find((r) => r.external_id === userId);
    if (!previous) return 'unchanged';
    if (!user) {
      await tx.query('update customers set external_id = $3 where workspace_id = $1 and id = $2', [
        workspaceId,
        previous.id,
        userId,
      ]);
      return 'renamed';
    }
    await tx.query('update events set customer_id = $3 where workspace_id = $1 and customer_id = $2', [
      workspaceId,
      previous.id,
      user.id,
    ]);
    const { merged_into: _m, ...inherited } = previous.attributes ?? {};
    await tx.query(
      `update customers set attributes = $3::text::jsonb || attributes where workspace_id = $1 and id = $2`,
      [workspaceId, user.id, JSON.stringify(inherited)],
    );
    await tx.query(
      `update customers set attributes = attributes || jsonb_build_object('merged_into', $3::text)
        where workspace_id = $1 and id = $2`,
      [workspaceId, previous.id, userId],
    );
    return 'merged';
  });
}
