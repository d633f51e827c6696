import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { WaitingReasons } from '@journeyflow/shared/api/waitingReasons';
import { type JourneySettings, resolveJourneySettings } from '@journeyflow/shared/journey/journeySettings';
import { NotFoundError } from '../errors/domainErrors';

/**
 * Why the customers waiting on a node wait: grouped by the code of their last trace line on that node
 * and the local time (journey timezone) they wake, largest group first (at most 20 groups).
 */
export async function waitingReasons(
  sql: SqlClient,
  workspaceId: string,
  journeyId: string,
  nodeId: string,
): Promise<WaitingReasons> {
  const [journey] = await sql.query<{ settings: unknown; timezone: string | null }>(
    `select j.settings, w.timezone from journeys j join workspaces w on w.id = j.workspace_id
      where j.id = $1 and j.workspace_id = $2`,
    [journeyId, workspaceId],
  );
  if (!journey) throw new NotFoundError('Journey');
  const { timezone } = resolveJourneySettings(
    (journey.settings ?? {}) as JourneySettings,
    journey.timezone ?? undefined,
  );
  const rows = await sql.query<{
    code: string | null;
    until: string | null;
    day: string | null;
    event: string | null;
    n: number;
  }>(
    `select t.code, to_char(r.wake_at at time zone $4::text, 'HH24:MI') as until,
            to_char(r.wake_at at time zone $4::text, 'YYYY-MM-DD') as day,
            case when r.waiting_event like '\\_\\_%' then null else r.waiting_event end as event,
            count(*)::int as n
       from runs r
       left join lateral (
         select code from run_trace t where t.run_id = r.id and t.node_id = r.current_node
          order by t.seq desc limit 1
       ) t on true
      where r.workspace_id = $1 and r.journey_id = $2 and r.current_node = $3 and r.status in ('waiting', 'paused')
      group by 1, 2, 3, 4
      order by n desc, until nulls last
      limit 20`,
    [workspaceId, journeyId, nodeId, timezone],
  );
  return {
    groups: rows.map((r) => ({
      code: r.code,
      until: r.until,
      day: r.day,
      event: r.event,
      count: Number(r.n),
    })),
  };
}
