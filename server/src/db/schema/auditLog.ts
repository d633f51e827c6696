import { createdAt, workspaceScopedKey } from '@journeyflow/engine/db/columns';
import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { workspaceRef } from './workspaces';

/**
 * Append-only record of who did what. `actorId` is kept as plain text (no foreign key) so the history
 * survives the actor's removal; `entityType`/`entityId` say what the action touched.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: text('id').notNull(),
    workspaceId: workspaceRef(),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    beforeHash: text('before_hash'),
    afterHash: text('after_hash'),
    /** The entity's state before and after the change, secrets redacted (null when not applicable). */
    before: jsonb('before'),
    after: jsonb('after'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    workspaceScopedKey(t),
    index('audit_log_entity_idx').on(t.workspaceId, t.entityType, t.entityId, t.createdAt),
    index('audit_log_workspace_time_idx').on(t.workspaceId, t.createdAt, t.id),
  ],
);
