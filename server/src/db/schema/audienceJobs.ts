import { timestamptz } from '@journeyflow/engine/db/columns';
import { pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * Claims of scheduled audience jobs: the process that inserts (job, slot) first runs that slot
 * (`nightly` per day, `segments` per hour), so several servers and workers never run it twice.
 */
export const audienceJobRuns = pgTable(
  'audience_job_runs',
  {
    job: text('job').notNull(),
    slot: text('slot').notNull(),
    startedAt: timestamptz('started_at').notNull(),
    finishedAt: timestamptz('finished_at'),
  },
  (t) => [primaryKey({ columns: [t.job, t.slot] })],
);
