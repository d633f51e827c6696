import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { AuditEntityType } from '@journeyflow/shared/api/audit';
import type { Executor } from '../db/database';
import { auditLog } from '../db/schema/auditLog';
import { newId } from '../ids';
import { redactSecrets } from './redactSecrets';

export type AuditEntry = {
  readonly workspaceId: string;
  readonly actorId: string | null;
  readonly action: string;
  readonly entityType: AuditEntityType;
  readonly entityId: string;
  readonly beforeHash?: string | null;
  readonly afterHash?: string | null;
  /** The entity before and after the change; secrets are redacted here, so callers pass rows as they are. */
  readonly before?: unknown;
  readonly after?: unknown;
  readonly details?: Record<string, unknown>;
  readonly at?: Date;
};

const isSqlClient = (exec: Executor | SqlClient): exec is SqlClient =>
  typeof (exec as SqlClient).query === 'function' && typeof (exec as Executor).insert !== 'function';

/**
 * The one place that appends to the audit log, inside the caller's transaction (drizzle or raw SQL) so
 * the record and the change commit together.
 */
export const recordAudit = async (exec: Executor | SqlClient, entry: AuditEntry): Promise<void> => {
  const row = {
    id: newId('aud'),
    workspaceId: entry.workspaceId,
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    beforeHash: entry.beforeHash ?? null,
    afterHash: entry.afterHash ?? null,
    before: entry.before === undefined ? null : redactSecrets(entry.before),
    after: entry.after === undefined ? null : redactSecrets(entry.after),
    details: (redactSecrets(entry.details ?? {}) ?? {}) as Record<string, unknown>,
    createdAt: entry.at ?? new Date(),
  };
  if (!isSqlClient(exec)) {
    await exec.insert(auditLog).values(row);
    return;
  }
  await exec.query(
    `insert into audit_log (id, workspace_id, actor_id, action, entity_type, entity_id, before_hash, after_hash,
                            before, after, details, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb, $10::text::jsonb, $11::text::jsonb, $12)`,
    [
      row.id,
      row.workspaceId,
      row.actorId,
      row.action,
      row.entityType,
      row.entityId,
      row.beforeHash,
      row.afterHash,
      row.before === null ? null : JSON.stringify(row.before),
      row.after === null ? null : JSON.stringify(row.after),
      JSON.stringify(row.details),
      row.createdAt.toISOString(),
    ],
  );
};

/** Who to name in the audit log: the signed-in user, or `api_key:<id>` for a server-to-server call. */
export const auditActorOf = (
  principal:
    | { readonly kind: 'user'; readonly userId: string }
    | { readonly kind: 'apiKey'; readonly apiKeyId: string },
): string => (principal.kind === 'user' ? principal.userId : `api_key:${principal.apiKeyId}`);

/** Who took an audited action: a signed-in user (or API key holder) and the workspace they acted in. */
export type AuditActor = { readonly workspaceId: string; readonly userId: string | null };

/** `recordAudit` for an action an actor took in their own workspace. */
export const recordActorAudit = (
  exec: Executor | SqlClient,
  actor: AuditActor,
  entry: Omit<AuditEntry, 'workspaceId' | 'actorId'>,
): Promise<void> => recordAudit(exec, { workspaceId: actor.workspaceId, actorId: actor.userId, ...entry });

/**
 * The audit recorder of one entity type whose entries name the entity (an API key, a test recipient):
 * `details` lead with its `name`, then whatever the action adds.
 */
export const namedEntityAudit =
  (entityType: AuditEntityType) =>
  (
    exec: Executor | SqlClient,
    actor: AuditActor,
    action: string,
    entity: { readonly id: string; readonly name: string },
    now: Date,
    details: Record<string, unknown> = {},
  ): Promise<void> =>
    recordActorAudit(exec, actor, {
      action,
      entityType,
      entityId: entity.id,
      details: { name: entity.name, ...details },
      at: now,
    });
