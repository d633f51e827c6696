import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** A tenant. Its `id` is the `workspace_id` every other row carries. */
export const workspaces = pgTable('workspaces', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  timezone: text('timezone').notNull().default('Asia/Seoul'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
