import { text, timestamp } from 'drizzle-orm/pg-core';

// Column sets many tables share, so each is declared once. Each call makes new column builders: drizzle
// binds a builder to the table it is used in.

/** The key of a row a workspace owns: its id and its workspace (the primary key is `(id, workspace_id)`). */
export const workspaceScoped = () => ({
  id: text('id').notNull(),
  workspaceId: text('workspace_id').notNull(),
});

/** When the row was made. */
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** When the row was made and last changed. */
export const timestamps = () => ({
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
