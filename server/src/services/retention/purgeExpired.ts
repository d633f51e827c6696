import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';

/**
 * One bounded batch per statement: pick up to `limit` expired rows (SKIP LOCKED, so concurrent jobs and
 * workers never wait on each other), delete them, and add exactly the deleted rows to `daily_rollups` in
 * the SAME statement. A row is counted in the roll-ups if and only if it left the detail table, so
 * stats (detail + roll-ups) keep their numbers; a crash rolls back both halves.
 */
type Purge = { readonly table: string; readonly sql: string };

const upsertRollups = `on conflict (workspace_id, journey_id, day, node_id, channel, metric)
  do update set count = daily_rollups.count + excluded.count returning 1`;

const PURGES: readonly Purge[] = [
  {
    table: 'run_trace',
    sql: `with doomed as (
        select id from run_trace where workspace_id = $1 and at < $2::timestamptz limit $3 for update skip locked
      ), gone as (
        delete from run_trace t using doomed d where t.workspace_id = $1 and t.id = d.id
        returning t.journey_id, t.node_id, t.kind, t.at
      ), rolled as (
        insert into daily_rollups (workspace_id, journey_id, day, node_id, channel, metric, count)
        select $1, journey_id, (at at time zone 'UTC')::date, node_id, '', 'trace:' || kind, count(*)
          from gone group by journey_id, (at at time zone 'UTC')::date, node_id, kind
        ${upsertRollups}
      )
      select (select count(*) from gone)::int as deleted, (select count(*) from rolled)::int as rolled`,
  },
  {
    // Messages still waiting for delivery (queued, or claimed by a worker) are never expired.
    table: 'outbox',
    sql: `with doomed as (
        select id from outbox where workspace_id = $1 and created_at < $2::timestamptz
           and status <> 'queued' and lease_owner is null
         limit $3 for update skip locked
      ), gone as (
        delete from outbox o using doomed d where o.workspace_id = $1 and o.id = d.id
        returning o.journey_id, o.node_id, o.channel, o.status, o.test, o.created_at
      ), rolled as (
        insert into daily_rollups (workspace_id, journey_id, day, node_id, channel, metric, count)
        select $1, journey_id, (created_at at time zone 'UTC')::date, node_id, channel, 'outbox:' || status, count(*)
          from gone where not test
         group by journey_id, (created_at at time zone 'UTC')::date, node_id, channel, status
        ${upsertRollups}
      )
      select (select count(*) from gone)::int as deleted, (select count(*) from rolled)::int as rolled`,
  },
  {
    table: 'events',
    sql: `with doomed as (
        select id from events where workspace_id = $1 and ts < $2::timestamptz limit $3 for update skip locked
      ), gone as (
        delete from events e using doomed d where e.workspace_id = $1 and e.id = d.id returning e.name, e.ts
      ), rolled as (
        insert into daily_rollups (workspace_id, journey_id, day, node_id, channel, metric, count)
        select $1, '', (ts at time zone 'UTC')::date, '', '', 'event:' || name, count(*)
          from gone group by (ts at time zone 'UTC')::date, name
        ${upsertRollups}
      )
      select (select count(*) from gone)::int as deleted, (select count(*) from rolled)::int as rolled`,
  },
];

export type ExpiringTable = 'run_trace' | 'outbox' | 'events';

/**
 * Deletes a workspace's rows of `table` older than `cutoff`, `batchSize` at a time, at most `maxBatches`
 * batches (the next run continues); answers how many rows went.
 */
export const purgeExpired = async (
  sql: SqlClient,
  table: ExpiringTable,
  workspaceId: string,
  cutoff: Date,
  options: { readonly batchSize: number; readonly maxBatches: number },
): Promise<number> => {
  const purge = PURGES.find((p) => p.table === table);
  if (!purge) throw new Error(`no retention rule for ${table}`);
  let total = 0;
  for (let batch = 0; batch < options.maxBatches; batch += 1) {
    const [row] = await sql.query<{ deleted: number }>(purge.sql, [
      workspaceId,
      cutoff.toISOString(),
      options.batchSize,
    ]);
    const deleted = Number(row?.deleted ?? 0);
    total += deleted;
    if (deleted < options.batchSize) break;
  }
  return total;
};
