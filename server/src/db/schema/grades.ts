import { timestamptz, updatedAt, workspaceScoped, workspaceScopedKey } from '@journeyflow/engine/db/columns';
import { index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * Workspace-defined ordered grade tiers. `rule` is a Condition over the customer (usually on
 * `rfm.*`); tiers are tried by ascending `position` and the first match wins, so "Dormant" can sit
 * before "VIP". A tier without a rule is the catch-all.
 */
export const gradeTiers = pgTable(
  'grade_tiers',
  {
    workspaceId: text('workspace_id').notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    rule: jsonb('rule'),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.name] })],
);

/** Every grade change, newest last; the `grade_changed` event carries the same from/to. */
export const gradeHistory = pgTable(
  'grade_history',
  {
    ...workspaceScoped(),
    customerId: text('customer_id').notNull(),
    fromGrade: text('from_grade'),
    toGrade: text('to_grade'),
    reason: text('reason').notNull(),
    changedAt: timestamptz('changed_at').notNull(),
  },
  (t) => [
    workspaceScopedKey(t),
    index('grade_history_customer_idx').on(t.workspaceId, t.customerId, t.changedAt),
  ],
);
