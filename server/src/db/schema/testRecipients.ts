import { createdAt, timestamptz, workspaceScopedKey } from '@journeyflow/engine/db/columns';
import { boolean, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { users } from './users';
import { workspaceRef } from './workspaces';

/**
 * Saved test phones, emails and push devices (SPEC §7a), per user (`owner_id` set) or shared by the
 * workspace. A phone is usable once verified by a one-time code, kept only as its sha256 with an expiry
 * and an attempt count.
 */
export const testRecipients = pgTable(
  'test_recipients',
  {
    id: text('id').notNull(),
    workspaceId: workspaceRef(),
    /** Set for a personal recipient; null = the whole workspace's. */
    ownerId: text('owner_id').references(() => users.id, { onDelete: 'cascade' }),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['phone', 'email', 'push'] }).notNull(),
    address: text('address').notNull(),
    verified: boolean('verified').notNull().default(false),
    codeHash: text('code_hash'),
    codeExpiresAt: timestamptz('code_expires_at'),
    codeAttempts: integer('code_attempts').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [workspaceScopedKey(t), index('test_recipients_workspace_idx').on(t.workspaceId, t.createdAt)],
);
