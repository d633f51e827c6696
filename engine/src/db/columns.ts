import { sql } from 'drizzle-orm';
import { type AnyPgColumn, jsonb, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

// Column builders many tables share (the engine's and the server's), so each is declared once. Each call
// makes new column builders: drizzle binds a builder to the table it is used in.

/** A point in time (`timestamp with time zone`); every time column is one. */
export const timestamptz = <const Name extends string>(name: Name) => timestamp(name, { withTimezone: true });

/** A JSON object column that is never null and starts empty (`'{}'::jsonb`). */
export const jsonObject = <const Name extends string>(name: Name) =>
  jsonb(name).notNull().default(sql`'{}'::jsonb`);

/** The key of a row a workspace owns: its id and its workspace (the primary key is `(id, workspace_id)`). */
export const workspaceScoped = () => ({
  id: text('id').notNull(),
  workspaceId: text('workspace_id').notNull(),
});

/** The primary key `(id, workspace_id)` of a table whose key columns are `workspaceScoped()`. */
export const workspaceScopedKey = (t: { id: AnyPgColumn; workspaceId: AnyPgColumn }) =>
  primaryKey({ columns: [t.id, t.workspaceId] });

/** When the row was made. */
export const createdAt = () => timestamptz('created_at').notNull().defaultNow();

/** When the row last changed. */
export const updatedAt = () => timestamptz('updated_at').notNull().defaultNow();

/** When the row was made and last changed. */
export const timestamps = () => ({ createdAt: createdAt(), updatedAt: updatedAt() });
