import { createdAt } from '@journeyflow/engine/db/columns';
import { boolean, jsonb, pgTable, text } from 'drizzle-orm/pg-core';

/** A tenant. Its `id` is the `workspace_id` every other row carries. */
export const workspaces = pgTable('workspaces', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  timezone: text('timezone').notNull().default('Asia/Seoul'),
  /** A condition edit of a segment live journeys use waits for a reviewer's approval (SPEC four eyes). */
  segmentEditsNeedApproval: boolean('segment_edits_need_approval').notNull().default(true),
  /** Retention of trace, messages and events (`RetentionSettings`, shared/api/retention); null = defaults. */
  retention: jsonb('retention'),
  createdAt: createdAt(),
});

/** The `workspace_id` of a row that belongs to a workspace and goes when the workspace goes. */
export const workspaceRef = () =>
  text('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });
