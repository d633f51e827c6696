import { timestamptz, workspaceScoped, workspaceScopedKey } from '@journeyflow/engine/db/columns';
import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * A segment edit held back for review because live journeys use the segment: the change applies only when
 * a reviewer other than the requester approves it. state: pending | approved | rejected | superseded.
 */
export const segmentChangeRequests = pgTable(
  'segment_change_requests',
  {
    ...workspaceScoped(),
    segmentId: text('segment_id').notNull(),
    change: jsonb('change').$type<Record<string, unknown>>().notNull(),
    state: text('state').notNull().default('pending'),
    requestedBy: text('requested_by'),
    requestedAt: timestamptz('requested_at').notNull().defaultNow(),
    decidedBy: text('decided_by'),
    decidedAt: timestamptz('decided_at'),
  },
  (t) => [
    workspaceScopedKey(t),
    index('segment_change_requests_segment_idx').on(t.workspaceId, t.segmentId, t.state),
  ],
);
