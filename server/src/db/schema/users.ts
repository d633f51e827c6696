import { timestamps } from '@journeyflow/engine/db/columns';
import { boolean, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { workspaceRef } from './workspaces';

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    /** Stored lower-cased; unique across the server because login is by email alone. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ['marketer', 'reviewer', 'admin'] }).notNull(),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email), index('users_workspace_idx').on(t.workspaceId)],
);
