import { timestamptz, updatedAt, workspaceScopedKey } from '@journeyflow/engine/db/columns';
import type { VersionStatus } from '@journeyflow/engine/step/versionCache';
import type { JourneyGraph } from '@journeyflow/shared/journey/graph';
import type { JourneySettings } from '@journeyflow/shared/journey/journeySettings';
import type { PinnedTemplates } from '@journeyflow/shared/journey/pinnedTemplates';
import { boolean, foreignKey, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { journeys } from './journeys';
import { users } from './users';
import { workspaceRef } from './workspaces';

/**
 * Immutable published snapshots, numbered 1, 2, … per journey. Runs point at these (`runs.version_id`),
 * never at the draft. The one version table: the engine reads the versions it runs from here and keeps
 * their run state in `status`, `enroll_pending` and `updated_at` (the legacy `engine_versions` table is no
 * longer read or written, see docs/architecture.md).
 */
export const journeyVersions = pgTable(
  'journey_versions',
  {
    id: text('id').notNull(),
    workspaceId: workspaceRef(),
    journeyId: text('journey_id').notNull(),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    graph: jsonb('graph').$type<JourneyGraph>().notNull(),
    settings: jsonb('settings').$type<JourneySettings>().notNull(),
    contentHash: text('content_hash').notNull(),
    /** The template texts this version sends, exactly as approved (the engine reads them at send time). */
    pinnedTemplates: jsonb('pinned_templates').$type<PinnedTemplates>(),
    approvalId: text('approval_id').notNull(),
    /** The publisher's note, shown in the version history. */
    comment: text('comment'),
    /** The migration rule chosen at publish (`keep_on_old` or `move` with a node map), kept for the record. */
    migration: jsonb('migration').$type<Record<string, unknown>>().notNull(),
    publishedBy: text('published_by').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: timestamptz('published_at').notNull().defaultNow(),
    /**
     * The engine's state of this version: live | paused | archived | retired; null until the engine made it
     * live (set in the publish transaction by the engine's publish step).
     */
    status: text('status').$type<VersionStatus>(),
    /** `includeExisting` members still to enroll (done by the engine after the publish commits). */
    enrollPending: boolean('enroll_pending').notNull().default(false),
    /** Last change of `status`: part of the stamp every engine process checks to reload its live index. */
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({
      name: 'journey_versions_journey_fk',
      columns: [t.journeyId, t.workspaceId],
      foreignColumns: [journeys.id, journeys.workspaceId],
    }).onDelete('cascade'),
    workspaceScopedKey(t),
    uniqueIndex('journey_versions_journey_version_key').on(t.journeyId, t.version, t.workspaceId),
    index('journey_versions_workspace_status_idx').on(t.workspaceId, t.status),
  ],
);
