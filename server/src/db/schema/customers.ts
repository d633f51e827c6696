import {
  jsonObject,
  timestamps,
  timestamptz,
  workspaceScoped,
  workspaceScopedKey,
} from '@journeyflow/engine/db/columns';
import { doublePrecision, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';

/** Customer profiles (SPEC §5). Consent values are the ISO date each was given, or null when withdrawn. */
export const customers = pgTable(
  'customers',
  {
    ...workspaceScoped(),
    externalId: text('external_id').notNull(),
    attributes: jsonObject('attributes'),
    timezone: text('timezone'),
    locale: text('locale'),
    grade: text('grade'),
    consent: jsonObject('consent'),
    phone: text('phone'),
    email: text('email'),
    // RFM inputs kept by the audience service on purchase events and nightly (recency_days is derived
    // from last_purchase_at at query time so it never goes stale).
    lastPurchaseAt: timestamptz('last_purchase_at'),
    frequency90d: integer('frequency_90d').notNull().default(0),
    monetary90d: doublePrecision('monetary_90d').notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    workspaceScopedKey(t),
    uniqueIndex('customers_workspace_external_uq').on(t.workspaceId, t.externalId),
    index('customers_workspace_grade_idx').on(t.workspaceId, t.grade),
    // The customer list pages newest first on (created_at, id).
    index('customers_workspace_created_idx').on(t.workspaceId, t.createdAt, t.id),
  ],
);

/** Tracked events; `ts` is the event's own time (placement), `received_at` when it reached us. */
export const events = pgTable(
  'events',
  {
    ...workspaceScoped(),
    customerId: text('customer_id').notNull(),
    name: text('name').notNull(),
    properties: jsonObject('properties'),
    ts: timestamptz('ts').notNull(),
    messageId: text('message_id').notNull(),
    receivedAt: timestamptz('received_at').notNull().defaultNow(),
  },
  // Partitioned by month on `ts` (migration 0018_partition). The exactly-once key (workspace, message_id)
  // lives in `event_keys`: a trigger claims it before each insert and skips the row when already taken.
  (t) => [
    primaryKey({ columns: [t.id, t.workspaceId, t.ts] }),
    index('events_customer_name_ts_idx').on(t.workspaceId, t.customerId, t.name, t.ts),
    // The retention job finds expired events by time (BRIN: tiny, next to free on append).
    index('events_ts_brin').using('brin', t.ts),
  ],
);

/** One row per event message_id, the unique key the partitioned `events` cannot hold (trigger-maintained). */
export const eventKeys = pgTable(
  'event_keys',
  {
    workspaceId: text('workspace_id').notNull(),
    messageId: text('message_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.messageId] })],
);
