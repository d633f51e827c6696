import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { GradeTier } from '@journeyflow/shared/audience/gradeTiers';
import type { Condition } from '@journeyflow/shared/journey/condition';

/** The workspace's tiers in priority order. */
export const getGradeTiers = async (sql: SqlClient, workspaceId: string): Promise<GradeTier[]> => {
  const rows = await sql.query<{ name: string; rule: Condition | null }>(
    'select name, rule from grade_tiers where workspace_id = $1 order by position',
    [workspaceId],
  );
  return rows.map((row) => ({ name: row.name, rule: row.rule ?? null }));
};

/** Replaces the tiers (the settings page saves them all at once). */
export const saveGradeTiers = async (
  sql: SqlClient,
  workspaceId: string,
  tiers: readonly GradeTier[],
): Promise<void> => {
  await sql.transaction(async (tx) => {
    await tx.query('delete from grade_tiers where workspace_id = $1', [workspaceId]);
    if (tiers.length === 0) return;
    await tx.query(
      `insert into grade_tiers (workspace_id, name, position, rule)
       select $1, x.name, x.position, x.rule::jsonb from unnest($2::text[], $3::int[], $4::text[]) as x(name, position, rule)`,
      [
        workspaceId,
        tiers.map((t) => t.name),
        tiers.map((_, i) => i),
        tiers.map((t) => (t.rule ? JSON.stringify(t.rule) : null)),
      ],
    );
  });
};
