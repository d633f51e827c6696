import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Why a customer was not let into a journey (re-entry rule, entry limit, entry `where`, behaviour
 * window), with a stable `code` + `params` for the trace view and the per-reason counts in the stats.
 * Repeats of one refusal are folded into one row per (journey, customer, code, hour): see
 * engine/src/runtime/entryRefusals.ts for why.
 */
export const entryRefusals = pgTable(
  'entry_refusals',
  {
    workspaceId: text('workspace_id').notNull(),
    journeyId: text('journey_id').notNull(),
    customerId: text('customer_id').notNull(),
    code: text('code').notNull(),
    /** Start of the dedupe window (the hour of the first refusal, journey clock). */
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    version: integer('version').notNull(),
    nodeId: text('node_id').notNull(),
    nodeType: text('node_type').notNull(),
    params: jsonb('params').notNull().default(sql`'{}'::jsonb`),
    /** English text of the latest refusal in the window (the web renders `code` + `params`). */
    reason: text('reason').notNull(),
    attempts: integer('attempts').notNull().default(1),
    firstAt: timestamp('first_at', { withTimezone: true }).notNull(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.journeyId, t.customerId, t.code, t.windowStart] }),
    index('entry_refusals_customer_idx').on(t.workspaceId, t.customerId, t.firstAt),
    index('entry_refusals_journey_code_idx').on(t.journeyId, t.code, t.customerId),
  ],
);
