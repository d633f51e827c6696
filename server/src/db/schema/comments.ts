import { createdAt, timestamptz, workspaceScopedKey } from '@journeyflow/engine/db/columns';
import { foreignKey, index, pgTable, text } from 'drizzle-orm/pg-core';
import { journeys } from './journeys';
import { users } from './users';
import { workspaceRef } from './workspaces';

/** Review discussion on a journey, optionally anchored on one node of the graph. */
export const comments = pgTable(
  'comments',
  {
    id: text('id').notNull(),
    workspaceId: workspaceRef(),
    journeyId: text('journey_id').notNull(),
    nodeId: text('node_id'),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    /** `rejection` marks the comment a reviewer gave when sending the journey back to draft. */
    kind: text('kind', { enum: ['comment', 'rejection', 'approval', 'submission'] })
      .notNull()
      .default('comment'),
    createdAt: createdAt(),
    /** Set when the comment is marked resolved (issue 16); null while it is open. */
    resolvedAt: timestamptz('resolved_at'),
    resolvedBy: text('resolved_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    foreignKey({
      name: 'comments_journey_fk',
      columns: [t.journeyId, t.workspaceId],
      foreignColumns: [journeys.id, journeys.workspaceId],
    }).onDelete('cascade'),
    workspaceScopedKey(t),
    index('comments_journey_idx').on(t.journeyId, t.createdAt),
  ],
);
