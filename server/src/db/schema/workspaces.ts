import { boolean, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** A tenant. Its `id` is the `workspace_id` every other row carries. */
export const workspaces = pgTable('workspaces', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  timezone: text('timezone').notNull().default('Asia/Seoul'),
  /** A condition edit of a segment live journeys use waits for a reviewer's approval (SPEC four eyes). */
  segmentEditsNeedApproval: boolean('segment_edits_need_approval').notNull().default(true),
  /** Retention of trace, messages and events (`RetentionSettings`, shared/api/retention); null = defaults. */
  retention: jsonb('retention'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
