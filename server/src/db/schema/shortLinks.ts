import { timestamptz } from '@journeyflow/engine/db/columns';
import { index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * Tracked short links (SPEC §7a): one row per link of a sent message, written with the message's outbox
 * row. `GET /l/:code` looks the code up (the primary key includes the workspace for Citus; codes are
 * checked for collisions across workspaces before use, and `short_links_code_idx` serves the lookup).
 * `clicks` counts every human click, `first_clicked_at` marks the unique one.
 */
export const shortLinks = pgTable(
  'short_links',
  {
    workspaceId: text('workspace_id').notNull(),
    code: text('code').notNull(),
    /** The original URL with its UTM parameters: where the redirect goes. */
    url: text('url').notNull(),
    messageId: text('message_id').notNull(),
    runId: text('run_id'),
    journeyId: text('journey_id'),
    nodeId: text('node_id'),
    customerId: text('customer_id').notNull(),
    externalId: text('external_id').notNull(),
    channel: text('channel').notNull(),
    /** Where in the message the link sits (`text`, `buttons.0.url`, `html`, `ctaUrl`, `deepLink`). */
    spot: text('spot').notNull(),
    clicks: integer('clicks').notNull().default(0),
    firstClickedAt: timestamptz('first_clicked_at'),
    createdAt: timestamptz('created_at').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.code] }),
    index('short_links_code_idx').on(t.code),
    index('short_links_journey_node_idx').on(t.workspaceId, t.journeyId, t.nodeId),
    index('short_links_message_idx').on(t.workspaceId, t.messageId),
  ],
);
