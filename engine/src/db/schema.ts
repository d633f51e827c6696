// The engine's own tables (runs, their trace, the outbox, versions, schedules, entry counters and refusals,
// provider rate windows). Declared here, next to the SQL that uses them; the server gathers them into its
// drizzle schema (server/src/db/schema/index.ts) so there is still one migration history (server/drizzle).
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, jsonObject, timestamptz, updatedAt, workspaceScopedKey } from './columns';

/**
 * LEGACY, no longer read or written. Versions used to be stored twice; the engine now runs the versions in
 * `journey_versions` (server/src/db/schema/journeyVersions.ts: `status`, `enroll_pending`, `updated_at`),
 * which migration `0018_version-table` backfilled from this table. It stays declared (and its rows kept) so
 * the migration history is additive and a database can still be rolled back to the previous release; a
 * later release may drop it. Do not add readers.
 * @deprecated use `journey_versions`.
 */
export const engineVersions = pgTable(
  'engine_versions',
  {
    versionId: text('version_id').notNull(),
    workspaceId: text('workspace_id').notNull(),
    journeyId: text('journey_id').notNull(),
    version: integer('version').notNull(),
    graph: jsonb('graph').notNull(),
    settings: jsonb('settings').notNull(),
    status: text('status').notNull(),
    /** `includeExisting` members still to enroll (done after the publish commits). */
    enrollPending: boolean('enroll_pending').notNull().default(false),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.workspaceId] }),
    index('engine_versions_workspace_status_idx').on(t.workspaceId, t.status),
  ],
);

/** One run per (journey version, customer, entry): a tiny persisted XState snapshot plus what it waits for. */
export const runs = pgTable(
  'runs',
  {
    id: text('id').notNull(),
    workspaceId: text('workspace_id').notNull(),
    journeyId: text('journey_id').notNull(),
    version: integer('version').notNull(),
    versionId: text('version_id').notNull(),
    customerId: text('customer_id').notNull(),
    entryKey: text('entry_key').notNull(),
    /** active | waiting | completed | exited | converted | failed | paused */
    status: text('status').notNull(),
    currentNode: text('current_node').notNull(),
    visits: jsonObject('visits'),
    wakeAt: timestamptz('wake_at'),
    waitingEvent: text('waiting_event'),
    waitingFilter: jsonb('waiting_filter'),
    triggerEvent: jsonb('trigger_event'),
    bucket: integer('bucket').notNull(),
    holdout: boolean('holdout').notNull().default(false),
    snapshot: jsonb('snapshot').notNull(),
    enteredAt: timestamptz('entered_at').notNull(),
    nodeEnteredAt: timestamptz('node_entered_at').notNull(),
    endedAt: timestamptz('ended_at'),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [
    workspaceScopedKey(t),
    index('runs_due_idx').on(t.wakeAt).where(sql`wake_at is not null and status in ('active', 'waiting')`),
    index('runs_waiting_event_idx')
      .on(t.workspaceId, t.customerId, t.waitingEvent)
      .where(sql`waiting_event is not null`),
    index('runs_customer_journey_idx').on(t.workspaceId, t.customerId, t.journeyId),
    index('runs_journey_node_idx').on(t.journeyId, t.currentNode, t.status),
    uniqueIndex('runs_version_entry_uq').on(t.versionId, t.entryKey, t.workspaceId),
    // A journey's runs page newest-entered first on (entered_at, id) (`GET /api/journeys/:id/runs`).
    index('runs_journey_entered_idx').on(t.workspaceId, t.journeyId, t.enteredAt, t.id),
  ],
);

/** Why each step went where it went (SPEC §4 trace). */
export const runTrace = pgTable(
  'run_trace',
  {
    id: text('id').notNull(),
    runId: text('run_id').notNull(),
    workspaceId: text('workspace_id').notNull(),
    customerId: text('customer_id').notNull(),
    journeyId: text('journey_id').notNull(),
    version: integer('version').notNull(),
    nodeId: text('node_id').notNull(),
    nodeType: text('node_type').notNull(),
    handle: text('handle'),
    reason: text('reason').notNull(),
    /** The reason as a stable code + params, rendered in the reader's language by the web (issue 16). */
    code: text('code'),
    params: jsonb('params'),
    /** entered | left | skipped | waiting | sent | exited | converted — for stats. */
    kind: text('kind').notNull(),
    seq: integer('seq').notNull(),
    at: timestamptz('at').notNull(),
  },
  // Partitioned by month on `at` (migration 0018_partition; drizzle does not model partitions): every
  // key of a partitioned table must include the partition column.
  (t) => [
    primaryKey({ columns: [t.id, t.workspaceId, t.at] }),
    index('run_trace_customer_idx').on(t.workspaceId, t.customerId, t.at),
    index('run_trace_run_idx').on(t.runId, t.seq),
    index('run_trace_journey_node_idx').on(t.journeyId, t.nodeId, t.kind),
    // The retention job finds expired lines by time; BRIN stays tiny and costs appends next to nothing.
    index('run_trace_at_brin').using('brin', t.at),
  ],
);

/** Messages to deliver: written in the step's transaction, keyed by (run_id, node_id, visit). */
export const outbox = pgTable(
  'outbox',
  {
    id: text('id').notNull(),
    workspaceId: text('workspace_id').notNull(),
    journeyId: text('journey_id').notNull(),
    journeyVersion: integer('journey_version').notNull(),
    runId: text('run_id').notNull(),
    nodeId: text('node_id').notNull(),
    visit: integer('visit').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    customerId: text('customer_id').notNull(),
    externalId: text('external_id').notNull(),
    channel: text('channel').notNull(),
    purpose: text('purpose').notNull(),
    /** queued | sent | delivered | failed | skipped */
    status: text('status').notNull(),
    content: jsonb('content').notNull(),
    rendered: jsonb('rendered').notNull(),
    fallback: jsonb('fallback'),
    reason: text('reason'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamptz('next_attempt_at'),
    providerMessageId: text('provider_message_id'),
    lastError: text('last_error'),
    /** The delivery worker holding this attempt (unique per worker process); null when unclaimed. */
    leaseOwner: text('lease_owner'),
    /** Until when the claim holds, on the REAL clock (never the scaled journey clock). */
    leaseUntil: timestamptz('lease_until'),
    /** Set when this attempt was handed to the provider (the last lease check before the call); cleared per claim. */
    handedAt: timestamptz('handed_at'),
    /** Set while the journey is paused: a held row is neither claimed nor handed to a provider. */
    heldAt: timestamptz('held_at'),
    /** A test send (`POST /api/test-sends`): never claimed by the delivery worker, never in stats or caps. */
    test: boolean('test').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // Partitioned by month on `created_at` (migration 0018_partition). The exactly-once key lives in
  // `outbox_keys`: a trigger claims it before each insert and skips the row when it was already taken.
  (t) => [
    primaryKey({ columns: [t.id, t.workspaceId, t.createdAt] }),
    index('outbox_due_idx').on(t.nextAttemptAt).where(sql`status = 'queued'`),
    index('outbox_customer_channel_idx').on(t.workspaceId, t.customerId, t.channel, t.createdAt),
    index('outbox_journey_idx').on(t.journeyId, t.nodeId, t.status),
    // The message log and its export page newest-first on (created_at, id) within a workspace.
    index('outbox_workspace_created_idx').on(t.workspaceId, t.createdAt, t.id),
    // …and a journey's message log (`?journeyId=`) on the same order without walking the whole workspace.
    index('outbox_journey_created_idx').on(t.workspaceId, t.journeyId, t.createdAt, t.id),
  ],
);

/**
 * One row per outbox idempotency key (run:node:visit), the unique key the partitioned `outbox` cannot hold.
 * Written only by the outbox triggers (claimed before insert, released when the message is deleted).
 */
export const outboxKeys = pgTable(
  'outbox_keys',
  {
    workspaceId: text('workspace_id').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.idempotencyKey] })],
);

/** Live entry.behavior counters are computed from events; this keeps per-journey hourly entry counts for entryLimit. */
export const entryCounters = pgTable(
  'entry_counters',
  {
    /** Added later (migration scale-schema): old rows were backfilled from their journey. */
    workspaceId: text('workspace_id').notNull().default(''),
    journeyId: text('journey_id').notNull(),
    hour: timestamptz('hour').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.journeyId, t.hour] })],
);

/** Next fire time of each live entry.schedule node. */
export const schedules = pgTable(
  'schedules',
  {
    versionId: text('version_id').notNull(),
    workspaceId: text('workspace_id').notNull(),
    nodeId: text('node_id').notNull(),
    nextFireAt: timestamptz('next_fire_at'),
    lastFiredAt: timestamptz('last_fired_at'),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.workspaceId] })],
);

/**
 * Why a customer was not let into a journey (re-entry rule, entry limit, entry `where`, behaviour
 * window), with a stable `code` + `params` for the trace view and the per-reason counts in the stats.
 * Repeats of one refusal are folded into one row per (journey, customer, code, hour): see
 * engine/src/step/entryRefusals.ts for why.
 */
export const entryRefusals = pgTable(
  'entry_refusals',
  {
    workspaceId: text('workspace_id').notNull(),
    journeyId: text('journey_id').notNull(),
    customerId: text('customer_id').notNull(),
    code: text('code').notNull(),
    /** Start of the dedupe window (the hour of the first refusal, journey clock). */
    windowStart: timestamptz('window_start').notNull(),
    version: integer('version').notNull(),
    nodeId: text('node_id').notNull(),
    nodeType: text('node_type').notNull(),
    params: jsonObject('params'),
    /** English text of the latest refusal in the window (the web renders `code` + `params`). */
    reason: text('reason').notNull(),
    attempts: integer('attempts').notNull().default(1),
    firstAt: timestamptz('first_at').notNull(),
    lastAt: timestamptz('last_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.journeyId, t.customerId, t.code, t.windowStart] }),
    index('entry_refusals_customer_idx').on(t.workspaceId, t.customerId, t.firstAt),
    index('entry_refusals_journey_code_idx').on(t.journeyId, t.code, t.customerId),
  ],
);

/**
 * Per-provider send counts per fixed window (`key` = `workspace:provider:windowMs`), shared by every
 * delivery worker on the database so together they keep to the provider's rate; old windows are pruned.
 */
export const deliveryRateWindows = pgTable(
  'delivery_rate_windows',
  {
    key: text('key').notNull(),
    windowIndex: bigint('window_index', { mode: 'number' }).notNull(),
    used: integer('used').notNull(),
    opensAt: timestamptz('opens_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.key, t.windowIndex] }),
    index('delivery_rate_windows_opens_idx').on(t.opensAt),
  ],
);
