import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { type RetentionSettings, resolveRetention } from '@journeyflow/shared/api/retention';
import type { UserPrincipal } from '../../auth/principal';
import { assertRole } from '../permissions';
import { recordActorAudit } from '../recordAudit';

const parse = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);

/** The workspace's effective retention (stored values over the defaults). */
export const readRetention = async (sql: SqlClient, workspaceId: string) => {
  const [row] = await sql.query<{ retention: unknown }>('select retention from workspaces where id = $1', [
    workspaceId,
  ]);
  return resolveRetention(parse(row?.retention));
};

/** Stores the given fields (others keep their value) and records the change in the audit log. */
export const updateRetention = async (
  sql: SqlClient,
  actor: UserPrincipal,
  changes: RetentionSettings,
  now: Date,
) => {
  assertRole(actor, 'admin', 'change data retention');
  return sql.transaction(async (tx) => {
    const [row] = await tx.query<{ retention: unknown }>(
      'select retention from workspaces where id = $1 for update',
      [actor.workspaceId],
    );
    const before = resolveRetention(parse(row?.retention));
    const stored = { ...((parse(row?.retention) as RetentionSettings | null) ?? {}), ...changes };
    await tx.query('update workspaces set retention = $2::jsonb where id = $1', [
      actor.workspaceId,
      JSON.stringify(stored),
    ]);
    const after = resolveRetention(stored);
    await recordActorAudit(tx, actor, {
      action: 'workspace.retention',
      entityType: 'workspace',
      entityId: actor.workspaceId,
      before,
      after,
      at: now,
    });
    return after;
  });
};
