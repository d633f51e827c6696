import { foreignKey, index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { journeys } from './journeys';
import { users } from './users';
import { workspaces } from './workspaces';

/**
 * One row per submission. The decision is bound to `contentHash`: publishing needs an `approved` row
 * whose hash equals the journey's current hash; an edit marks the open row `superseded`.
 */
export const approvals = pgTable(
  'approvals',
  {
    id: text('id').notNull(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    journeyId: text('journey_id').notNull(),
    contentHash: text('content_hash').notNull(),
    state: text('state', { enum: ['pending', 'approved', 'rejected', 'superseded', 'published'] }).notNull(),
    submittedBy: text('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    submitComment: text('submit_comment'),
    decidedBy: text('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionComment: text('decision_comment'),
  },
  (t) => [
    foreignKey({
      name: 'approvals_journey_fk',
      columns: [t.journeyId, t.workspaceId],
      foreignColumns: [journeys.id, journeys.workspaceId],
    }).onDelete('cascade'),
    primaryKey({ columns: [t.id, t.workspaceId] }),
    index('approvals_journey_idx').on(t.journeyId, t.submittedAt),
  ],
);
