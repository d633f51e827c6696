import { createdAt, workspaceScopedKey } from '@journeyflow/engine/db/columns';
import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { journeyDraft } from './journeys';
import { users } from './users';
import { workspaceRef } from './workspaces';

/** A workspace's own gallery entries ("이 여정을 템플릿으로 저장"), beside the built-in seed journeys. */
export const journeyTemplates = pgTable(
  'journey_templates',
  {
    id: text('id').notNull(),
    workspaceId: workspaceRef(),
    ...journeyDraft(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [workspaceScopedKey(t), index('journey_templates_workspace_idx').on(t.workspaceId, t.createdAt)],
);
