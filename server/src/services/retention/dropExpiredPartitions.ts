import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { listMonthPartitions } from './monthPartitions';
import type { ExpiringTable } from './purgeExpired';

const upsertRollups = `on conflict (workspace_id, journey_id, day, node_id, channel, metric)
  do update set count = daily_rollups.count + excluded.count`;

/**
 * Per table: the roll-up of a whole partition (the same metrics as the batched delete in purgeExpired, so a
 * row is counted the same whichever way it left), the exactly-once keys its rows hold, and the rows that
 * must not go yet. `{p}` is the partition's quoted name.
 */
const RULES: Readonly<
  Record<ExpiringTable, { readonly rollup: string; readonly releaseKeys?: string; readonly keep?: string }>
> = {
  run_trace: {
    rollup: `insert into daily_rollups (workspace_id, journey_id, day, node_id, channel, metric, count)
      select workspace_id, journey_id, (at at time zone 'UTC')::date, node_id, '', 'trace:' || kind, count(*)
        from {p} group by workspace_id, journey_id, (at at time zone 'UTC')::date, node_id, kind
      ${upsertRollups}`,
  },
  outbox: {
    rollup: `insert into daily_rollups (workspace_id, journey_id, day, node_id, channel, metric, count)
      select workspace_id, journey_id, (created_at at time zone 'UTC')::date, node_id, channel, 'outbox:' || status,
             count(*)
        from {p} where not test
       group by workspace_id, journey_id, (created_at at time zone 'UTC')::date, node_id, channel, status
      ${upsertRollups}`,
    releaseKeys: `delete from outbox_keys k using {p} o
      where k.workspace_id = o.workspace_id and k.idempotency_key = o.idempotency_key`,
    // Messages still waiting for delivery (queued, or claimed by a worker) never expire.
    keep: `select exists (select 1 from {p} where status = 'queued' or lease_owner is not null) as busy`,
  },
  events: {
    rollup: `insert into daily_rollups (workspace_id, journey_id, day, node_id, channel, metric, count)
      select workspace_id, '', (ts at time zone 'UTC')::date, '', '', 'event:' || name, count(*)
        from {p} group by workspace_id, (ts at time zone 'UTC')::date, name
      ${upsertRollups}`,
    releaseKeys: `delete from event_keys k using {p} e
      where k.workspace_id = e.workspace_id and k.message_id = e.message_id`,
  },
};

/**
 * Drops every monthly partition of `table` that ends at or before `cutoff` (the oldest cutoff of all
 * workspaces, so every workspace's retention has passed for the whole month). In one transaction per
 * partition: block writes to it, add its rows to `daily_rollups`, release its exactly-once keys, drop it.
 * A crash rolls all of it back. Answers how many rows went.
 */
export const dropExpiredPartitions = async (
  sql: SqlClient,
  table: ExpiringTable,
  cutoff: Date,
): Promise<number> => {
  const rule = RULES[table];
  let dropped = 0;
  for (const partition of await listMonthPartitions(sql, table)) {
    if (partition.to.getTime() > cutoff.getTime()) break;
    const p = `"${partition.name}"`;
    const sqlFor = (text: string) => text.replaceAll('{p}', p);
    dropped += await sql.transaction(async (tx) => {
      // Never queue behind long readers for long (everyone else would queue behind us): the next run retries.
      await tx.query(`set local lock_timeout = '5s'`);
      await tx.query(`lock table ${p} in share mode`);
      if (rule.keep) {
        const [row] = await tx.query<{ busy: boolean }>(sqlFor(rule.keep));
        if (row?.busy) return 0;
      }
      const [count] = await tx.query<{ n: number }>(`select count(*)::int as n from ${p}`);
      await tx.query(sqlFor(rule.rollup));
      if (rule.releaseKeys) await tx.query(sqlFor(rule.releaseKeys));
      await tx.query(`drop table ${p}`);
      return Number(count?.n ?? 0);
    });
  }
  return dropped;
};
