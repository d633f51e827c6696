import { foreignKey, index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { journeys } from './journeys';
import { users } from './users';
import { workspaces } from './workspaces';

/** Review discussion on a journey, optionally anchored on one node of the graph. */
export const comments = pgTable(
  'comments',
  {
    id: text('id').notNull(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
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
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: text('resolved_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    foreignKey({
      name: 'comments_journey_fk',
      columns: [t.journeyId, t.workspaceId],
      foreignColumns: [journeys.id, journeys.workspaceId],
    }).onDelete('cascade'),
    primaryKey({ columns: [t.id, t.workspaceId] }),
    index('comments_journey_idx').on(t.journeyId, t.createdAt),
  ],
);
