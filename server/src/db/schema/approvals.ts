import { timestamptz, workspaceScopedKey } from '@journeyflow/engine/db/columns';
import { foreignKey, index, pgTable, text } from 'drizzle-orm/pg-core';
import { journeys } from './journeys';
import { users } from './users';
import { workspaceRef } from './workspaces';

/**
 * One row per submission. The decision is bound to `contentHash`: publishing needs an `approved` row
 * whose hash equals the journey's current hash; an edit marks the open row `superseded`.
 */
export const approvals = pgTable(
  'approvals',
  {
    id: text('id').notNull(),
    workspaceId: workspaceRef(),
    journeyId: text('journey_id').notNull(),
    contentHash: text('content_hash').notNull(),
    state: text('state', { enum: ['pending', 'approved', 'rejected', 'superseded', 'published'] }).notNull(),
    submittedBy: text('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: timestamptz('submitted_at').notNull().defaultNow(),
    submitComment: text('submit_comment'),
    decidedBy: text('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamptz('decided_at'),
    decisionComment: text('decision_comment'),
  },
  (t) => [
    foreignKey({
      name: 'approvals_journey_fk',
      columns: [t.journeyId, t.workspaceId],
      foreignColumns: [journeys.id, journeys.workspaceId],
    }).onDelete('cascade'),
    workspaceScopedKey(t),
    index('approvals_journey_idx').on(t.journeyId, t.submittedAt),
  ],
);
