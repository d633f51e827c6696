import type { DraftJourneyGraph } from '@journeyflow/shared/journey/graph';
import { index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { users } from './users';
import { workspaces } from './workspaces';

/** A workspace's own gallery entries ("이 여정을 템플릿으로 저장"), beside the built-in seed journeys. */
export const journeyTemplates = pgTable(
  'journey_templates',
  {
    id: text('id').notNull(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    graph: jsonb('graph').$type<DraftJourneyGraph>().notNull(),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.id, t.workspaceId] }),
    index('journey_templates_workspace_idx').on(t.workspaceId, t.createdAt),
  ],
);
