import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';

export type JourneyUsingSegment = { readonly id: string; readonly name: string; readonly status: string };

/**
 * Journeys whose running version, or whose draft under review or approved, names the segment (entry,
 * condition or split): an edit of the segment changes who they reach without anyone reviewing it.
 */
export const journeysUsingSegment = async (
  sql: SqlClient,
  workspaceId: string,
  segmentId: string,
): Promise<JourneyUsingSegment[]> => {
  const needle = JSON.stringify(segmentId);
  return sql.query<JourneyUsingSegment>(
    `select j.id, j.name, case when j.draft_status in ('in_review', 'approved') and j.status not in ('live', 'paused')
                               then j.draft_status else j.status end as status
       from journeys j
       left join journey_versions v on v.id = j.live_version_id
      where j.workspace_id = $1 and j.status <> 'archived'
        and ((j.status in ('live', 'paused') and strpos(v.graph::text, $2) > 0)
          or (j.draft_status in ('in_review', 'approved') and strpos(j.graph::text, $2) > 0))
      order by j.name, j.id`,
    [workspaceId, needle],
  );
};
