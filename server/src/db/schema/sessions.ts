import { createdAt, timestamptz } from '@journeyflow/engine/db/columns';
import { index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './users';
import { workspaceRef } from './workspaces';

/** Browser sessions. Only the sha256 of the cookie token is stored, so a database leak yields no sessions. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    /** Absolute expiry, however active the session is. */
    expiresAt: timestamptz('expires_at').notNull(),
    /** Last request seen, written at most once a minute (`LAST_SEEN_RESOLUTION_MS`). */
    lastSeenAt: timestamptz('last_seen_at').notNull().defaultNow(),
    /** Idle timeout fixed when the session opened; existing sessions got the 8 h default. */
    idleTimeoutSeconds: integer('idle_timeout_seconds').notNull().default(28_800),
  },
  (t) => [
    uniqueIndex('sessions_token_hash_key').on(t.tokenHash),
    index('sessions_user_idx').on(t.userId),
    index('sessions_expires_idx').on(t.expiresAt),
  ],
);
