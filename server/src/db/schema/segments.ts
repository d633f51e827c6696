import { timestamps, timestamptz, workspaceScoped, workspaceScopedKey } from '@journeyflow/engine/db/columns';
import { index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * Saved audiences (SPEC §5). `dynamic` segments hold a Condition and are kept fresh incrementally;
 * `static` segments are filled by imports. Both keep their members in `segment_members`, so a
 * `{ segment, in }` condition and `entry.segment` read one table.
 */
export const segments = pgTable(
  'segments',
  {
    ...workspaceScoped(),
    name: text('name').notNull(),
    description: text('description'),
    /** dynamic | static */
    type: text('type').notNull(),
    condition: jsonb('condition'),
    memberCount: integer('member_count').notNull().default(0),
    refreshedAt: timestamptz('refreshed_at'),
    /** Why the last refresh failed (cleared by the next success); shown to the workspace on its segments page. */
    lastError: text('last_error'),
    failedAt: timestamptz('failed_at'),
    createdBy: text('created_by'),
    ...timestamps(),
  },
  (t) => [workspaceScopedKey(t), index('segments_workspace_idx').on(t.workspaceId, t.name)],
);

/** Current members. Entering and leaving are returned by `updateSegmentMembership` so the engine can start `entry.segment` runs. */
export const segmentMembers = pgTable(
  'segment_members',
  {
    segmentId: text('segment_id').notNull(),
    customerId: text('customer_id').notNull(),
    workspaceId: text('workspace_id').notNull(),
    enteredAt: timestamptz('entered_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.segmentId, t.customerId, t.workspaceId] }),
    index('segment_members_customer_idx').on(t.workspaceId, t.customerId),
  ],
);
