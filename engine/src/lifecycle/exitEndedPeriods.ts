import { parseDateTimeInZone } from '@journeyflow/shared/journey/zonedTime';
import type { Engine } from '../runtime/engine';

const DEFAULT_TIMEZONE = 'Asia/Seoul';

/**
 * Active period end with `endBehavior: "exit"` (SPEC §7a): once a version's `endsAt` has passed (in the
 * journey timezone), its customers still inside leave the journey — status `exited`, traced. Checked
 * from the engine loop on the engine clock, so it is durable: a restart after the end still applies it,
 * and it is idempotent (only runs still in flight change). Returns how many runs ended.
 */
export async function exitEndedPeriods(engine: Engine): Promise<number> {
  const db = engine.ports.db;
  const now = engine.ports.clock.now();
  const versions = await db.query<{ version_id: string; ends_at: string; timezone: string | null }>(
    `select id as version_id, settings ->> 'endsAt' as ends_at, settings ->> 'timezone' as timezone
       from journey_versions
      where status in ('live', 'paused', 'retired') and settings ->> 'endBehavior' = 'exit'
        and settings ->> 'endsAt' is not null`,
  );
  const ended = versions
    .filter((v) => {
      const ends = parseDateTimeInZone(v.ends_at, v.timezone ?? DEFAULT_TIMEZONE);
      return ends !== undefined && now.getTime() >= ends.getTime();
    })
    .map((v) => v.version_id);
  if (ended.length === 0) return 0;
  const rows = await db.query<{ run_id: string }>(
    `with ended as (
       update runs set status = 'exited', wake_at = null, waiting_event = null, waiting_filter = null,
         ended_at = $2::timestamptz, updated_at = $2::timestamptz,
         snapshot = jsonb_set(snapshot, '{seq}', to_jsonb(coalesce((snapshot->>'seq')::int, 0) + 1))
       where version_id = any($1::text[]) and status in ('active', 'waiting', 'paused')
       returning id, workspace_id, customer_id, journey_id, version, current_node, snapshot)
     insert into run_trace (id, run_id, workspace_id, customer_id, journey_id, version, node_id, node_type, handle, reason, kind, seq, at)
     select 'trc_pe_' || e.id, e.id, e.workspace_id, e.customer_id, e.journey_id, e.version, e.current_node, 'journey', null,
       'exited: the journey''s active period ended', 'exited', (e.snapshot->>'seq')::int, $2::timestamptz
     from ended e returning run_id`,
    [ended, now.toISOString()],
  );
  return rows.length;
}
