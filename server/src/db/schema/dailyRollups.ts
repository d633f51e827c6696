import { bigint, date, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * Counts of detail rows the retention job deleted, per UTC day (issue 15): holds ONLY expired detail, so
 * stats = live detail + roll-ups, with nothing counted twice. `metric` is `trace:<kind>` (run_trace, per
 * node), `outbox:<status>` (messages, per node and channel) or `event:<name>` (events; journey and node '').
 */
export const dailyRollups = pgTable(
  'daily_rollups',
  {
    workspaceId: text('workspace_id').notNull(),
    journeyId: text('journey_id').notNull().default(''),
    day: date('day', { mode: 'string' }).notNull(),
    nodeId: text('node_id').notNull().default(''),
    channel: text('channel').notNull().default(''),
    metric: text('metric').notNull(),
    count: bigint('count', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({
      name: 'daily_rollups_pk',
      columns: [t.workspaceId, t.journeyId, t.day, t.nodeId, t.channel, t.metric],
    }),
  ],
);
