import { createdAt, timestamptz } from '@journeyflow/engine/db/columns';
import type { ApiKeyScope } from '@journeyflow/shared/api/apiKeys';
import { sql } from 'drizzle-orm';
import { index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './users';
import { workspaceRef } from './workspaces';

/** Workspace ingestion keys (`jf_live_…`). The key itself is shown once; only its sha256 is kept. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceRef(),
    name: text('name').notNull(),
    keyHash: text('key_hash').notNull(),
    /** The first characters of the key, so admins can tell keys apart without seeing them. */
    keyPrefix: text('key_prefix').notNull(),
    /** What the key may do (SPEC §7a); keys made before scopes existed were migrated to every scope. */
    scopes: text('scopes').array().$type<ApiKeyScope[]>().notNull().default(sql`'{ingest}'::text[]`),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    lastUsedAt: timestamptz('last_used_at'),
  },
  (t) => [
    uniqueIndex('api_keys_key_hash_key').on(t.keyHash),
    index('api_keys_workspace_idx').on(t.workspaceId),
  ],
);
