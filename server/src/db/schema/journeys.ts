import { timestamps, workspaceScopedKey } from '@journeyflow/engine/db/columns';
import type { DraftJourneyGraph } from '@journeyflow/shared/journey/graph';
import type { PinnedTemplates } from '@journeyflow/shared/journey/pinnedTemplates';
import { index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { users } from './users';
import { workspaceRef } from './workspaces';

/** What a journey's draft and a gallery template saved from it both hold: its name, text, graph and settings. */
export const journeyDraft = () => ({
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  graph: jsonb('graph').$type<DraftJourneyGraph>().notNull(),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
});

/**
 * A journey row is the editable draft plus the pointer to the version that runs.
 * `status` is the journey's overall state (SPEC §3); `draftStatus` is the review state of the draft,
 * which differs from `status` once a version is live and the draft is edited again.
 */
export const journeys = pgTable(
  'journeys',
  {
    id: text('id').notNull(),
    workspaceId: workspaceRef(),
    ...journeyDraft(),
    contentHash: text('content_hash').notNull(),
    /** Template versions and AlimTalk registrations fixed at submit (null while the draft is being edited). */
    pinnedTemplates: jsonb('pinned_templates').$type<PinnedTemplates>(),
    /** Why the draft left review on its own (`{ code: 'template_changed', params }`); cleared at submit. */
    reviewNotice: jsonb('review_notice').$type<{ code: string; params?: Record<string, unknown> }>(),
    /** Bumped on every update; a PUT must name the revision it edited (optimistic concurrency). */
    revision: integer('revision').notNull().default(1),
    status: text('status', {
      enum: ['draft', 'in_review', 'approved', 'live', 'paused', 'archived'],
    }).notNull(),
    draftStatus: text('draft_status', { enum: ['draft', 'in_review', 'approved'] }).notNull(),
    liveVersion: integer('live_version'),
    liveVersionId: text('live_version_id'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [workspaceScopedKey(t), index('journeys_workspace_idx').on(t.workspaceId, t.updatedAt)],
);
