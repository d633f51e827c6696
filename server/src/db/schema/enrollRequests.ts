import { timestamptz } from '@journeyflow/engine/db/columns';
import { jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * `POST /api/journeys/:id/enroll` calls by their caller-supplied `idempotencyKey` (SPEC §7a): the key is
 * claimed in the enrolment transaction, so the same key never enters anyone twice, and a repeat is
 * answered with the stored per-customer results. `request_hash` tells a repeat from a different body
 * sent under a used key (answered 409). Written by engine/src/enroll/enrollCustomers.ts.
 */
export const enrollRequests = pgTable(
  'enroll_requests',
  {
    workspaceId: text('workspace_id').notNull(),
    journeyId: text('journey_id').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    requestHash: text('request_hash').notNull(),
    /**
     * `[{ entered, reason? }]` in request order, filled at the end of the enrolment transaction; external
     * ids are not stored (a repeat has the same customers in the same order: same `request_hash`).
     */
    results: jsonb('results'),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.journeyId, t.idempotencyKey] })],
);
