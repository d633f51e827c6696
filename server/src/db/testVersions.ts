import {
  type PublishedVersion,
  type PublishOutcome,
  publishVersion,
} from '@journeyflow/engine/lifecycle/publishVersion';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { Engine } from '@journeyflow/engine/runtime/engine';

/**
 * Stores a version in `journey_versions` the way the server's publish would, for tests and benches that
 * publish straight to the engine without review: the workspace and journey rows it hangs on are created
 * when missing (an existing journey is left as it is).
 */
export async function storeTestVersion(sql: SqlClient, published: PublishedVersion): Promise<void> {
  const graph = JSON.stringify(published.graph);
  const settings = JSON.stringify(published.settings ?? {});
  await sql.query('insert into workspaces (id, name) values ($1, $1) on conflict do nothing', [
    published.workspaceId,
  ]);
  await sql.query(
    `insert into journeys (id, workspace_id, name, graph, settings, content_hash, status, draft_status)
     values ($1, $2, $1, $3::text::jsonb, $4::text::jsonb, '', 'live', 'draft') on conflict do nothing`,
    [published.journeyId, published.workspaceId, graph, settings],
  );
  await sql.query(
    `insert into journey_versions (id, workspace_id, journey_id, version, name, graph, settings, content_hash,
                                   approval_id, migration)
     values ($1, $2, $3, $4, $3, $5::text::jsonb, $6::text::jsonb, '', '', '{"mode":"keep_on_old"}'::jsonb)
     on conflict (id, workspace_id) do update set graph = excluded.graph, settings = excluded.settings`,
    [published.versionId, published.workspaceId, published.journeyId, published.version, graph, settings],
  );
}

/** Stores the version, then publishes it to the engine (`publishVersion`). */
export async function publishTestVersion(
  engine: Engine,
  published: PublishedVersion,
): Promise<PublishOutcome & { enrolled: number }> {
  await storeTestVersion(engine.ports.db, published);
  return publishVersion(engine, published);
}
