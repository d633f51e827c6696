import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';

/** Clicks on a send node's tracked links: messages clicked at least once, every click, messages with links. */
export type NodeClicks = { readonly unique: number; readonly total: number; readonly messages: number };

/**
 * Per send node of a journey, from `short_links` (one grouped query on its journey/node index): `unique`
 * counts messages clicked at least once, `total` every human click, `messages` the messages that carried
 * tracked links. Click rate = unique / sent.
 */
export async function clicksByNode(
  sql: SqlClient,
  workspaceId: string,
  journeyId: string,
): Promise<Map<string, NodeClicks>> {
  const rows = await sql.query<{ node_id: string; unique: number; total: number; messages: number }>(
    `select node_id, count(distinct message_id) filter (where first_clicked_at is not null)::int as unique,
            coalesce(sum(clicks), 0)::int as total, count(distinct message_id)::int as messages
       from short_links where workspace_id = $1 and journey_id = $2 and node_id is not null
      group by node_id`,
    [workspaceId, journeyId],
  );
  return new Map(
    rows.map((r) => [
      r.node_id,
      { unique: Number(r.unique), total: Number(r.total), messages: Number(r.messages) },
    ]),
  );
}
