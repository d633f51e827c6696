import { createdAt, timestamptz } from '@journeyflow/engine/db/columns';
import { index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './users';
import { workspaceRef } from './workspaces';

/**
 * Invitations to join a workspace and password reset links (SPEC §7a). The link's token is shown once;
 * only its sha256 is kept. Used once, before `expires_at`.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    kind: text('kind', { enum: ['invite', 'password_reset'] }).notNull(),
    email: text('email').notNull(),
    role: text('role', { enum: ['marketer', 'reviewer', 'admin'] }).notNull(),
    /** The user whose password a reset link sets; null for an invitation. */
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    emailedAt: timestamptz('emailed_at'),
    createdAt: createdAt(),
    expiresAt: timestamptz('expires_at').notNull(),
    usedAt: timestamptz('used_at'),
    revokedAt: timestamptz('revoked_at'),
  },
  (t) => [
    uniqueIndex('invitations_token_hash_key').on(t.tokenHash),
    index('invitations_workspace_idx').on(t.workspaceId, t.createdAt),
  ],
);
