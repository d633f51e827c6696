import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';

/**
 * A live journey row with an empty graph and the given settings (its goal, window, …): enough for report
 * tests that write its runs and events straight into the tables.
 */
export const insertLiveJourney = (sql: SqlClient, workspaceId: string, id: string, settings: object) =>
  sql.query(
    `insert into journeys (id, workspace_id, name, graph, settings, content_hash, status, draft_status)
     values ($1, $2, $1, '{"nodes":[],"edges":[]}', $3::text::jsonb, 'h', 'live', 'draft')`,
    [id, workspaceId, JSON.stringify(settings)],
  );
