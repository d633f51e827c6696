import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { normalizePhoneNumber } from '@journeyflow/shared/api/optouts';

/**
 * Records 080 opt-outs in bulk, normalised (`01012345678`), once each. Returns how many were new and the
 * workspace's total.
 */
export const addOptouts = async (
  sql: SqlClient,
  workspaceId: string,
  phones: readonly string[],
): Promise<{ added: number; total: number }> => {
  const normalized = [...new Set(phones.map(normalizePhoneNumber).filter((p) => p.length >= 8))];
  const inserted = normalized.length
    ? await sql.query(
        `insert into optouts (workspace_id, phone, source)
         select $1, p, '080' from unnest($2::text[]) as p
         on conflict (workspace_id, phone) do nothing returning phone`,
        [workspaceId, normalized],
      )
    : [];
  const [count] = await sql.query<{ n: number }>(
    'select count(*)::int as n from optouts where workspace_id = $1',
    [workspaceId],
  );
  return { added: inserted.length, total: Number(count?.n ?? 0) };
};

export const listOptouts = async (sql: SqlClient, workspaceId: string, limit = 1000) =>
  (
    await sql.query<{ phone: string; created_at: string | Date }>(
      'select phone, created_at from optouts where workspace_id = $1 order by created_at desc, phone limit $2',
      [workspaceId, limit],
    )
  ).map((r) => ({ phone: r.phone, createdAt: new Date(r.created_at).toISOString() }));
