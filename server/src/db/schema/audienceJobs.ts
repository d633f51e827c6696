import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Claims of scheduled audience jobs: the process that inserts (job, slot) first runs that slot
 * (`nightly` per day, `segments` per hour), so several servers and workers never run it twice.
 */
export const audienceJobRuns = pgTable(
  'audience_job_runs',
  {
    job: text('job').notNull(),
    slot: text('slot').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.job, t.slot] })],
);
