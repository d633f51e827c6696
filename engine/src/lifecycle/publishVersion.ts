import type { JourneyGraphInput } from '@journeyflow/shared/journey/graph';
import type { JourneySettingsInput } from '@journeyflow/shared/journey/journeySettings';
import type { Engine } from '../runtime/engine';
import { firstFireTime } from '../runtime/fireSchedules';
import { loadVersionFromRow } from '../runtime/versionCache';
import { enrollExisting } from './enrollExisting';

/** How in-flight runs of older versions are treated when version N+1 goes live (SPEC §3). */
export type Migration =
  | { readonly mode: 'keep_on_old' }
  | { readonly mode: 'move'; readonly nodeMap: Readonly<Record<string, string>> };

export type PublishedVersion = {
  readonly workspaceId: string;
  readonly journeyId: string;
  readonly versionId: string;
  readonly version: number;
  readonly graph: JourneyGraphInput;
  readonly settings: JourneySettingsInput | undefined;
  readonly migration?: Migration | undefined;
};

export type PublishOutcome = {
  readonly moved: number;
  readonly keptOnOld: number;
  readonly enrolled: number;
};

/**
 * Makes a version live: stores it for the engine, retires the journey's older versions (their runs keep
 * going: `keep_on_old`), or moves their runs to the mapped nodes of the new version (`move`, unmapped nodes
 * stay on the old version). Moved runs re-enter their new node at once. Then `includeExisting` segment
 * members are enrolled in batches and schedules are armed.
 */
export async function publishVersion(engine: Engine, published: PublishedVersion): Promise<PublishOutcome> {
  const { db, clock } = engine.ports;
  const now = clock.now();
  // Validate and compile before writing anything.
  const loaded = loadVersionFromRow({
    version_id: published.versionId,
    workspace_id: published.workspaceId,
    journey_id: published.journeyId,
    version: published.version,
    graph: published.graph,
    settings: published.settings ?? {},
    status: 'live',
  });
  const result = await db.transaction(async (tx) => {
    await tx.query(
      `insert into engine_versions (version_id, workspace_id, journey_id, version, graph, settings, status, updated_at)
       values ($1, $2, $3, $4, $5::text::jsonb, $6::text::jsonb, 'live', $7::timestamptz)
       on conflict (version_id) do update set status = 'live', updated_at = excluded.updated_at`,
      [
        published.versionId,
        published.workspaceId,
        published.journeyId,
        published.version,
        JSON.stringify(loaded.graph),
        JSON.stringify(published.settings ?? {}),
        now.toISOString(),
      ],
    );
    await tx.query(
      `update engine_versions set status = 'retired', updated_at = $3::timestamptz
       where journey_id = $1 and version_id <> $2 and status in ('live', 'paused')`,
      [published.journeyId, published.versionId, now.toISOString()],
    );
    let moved = 0;
    if (published.migration?.mode === 'move') {
      const map = JSON.stringify(published.migration.nodeMap);
      const rows = await tx.query<{ id: string }>(
        `update runs set version_id = $2, version = $3, current_node = ($4::text::jsonb ->> current_node),
           status = 'active', wake_at = $5::timestamptz, waiting_event = null, waiting_filter = null,
           node_entered_at = $5::timestamptz, updated_at = $5::timestamptz,
           snapshot = jsonb_set(snapshot, '{seq}', to_jsonb(coalesce((snapshot->>'seq')::int, 0) + 1))
         where journey_id = $1 and version_id <> $2 and status in ('active', 'waiting')
           and jsonb_exists($4::text::jsonb, current_node) and ($4::text::jsonb ->> current_node) in (select jsonb_array_elements_text($6::text::jsonb))
         returning id`,
        [
          published.journeyId,
          published.versionId,
          published.version,
          map,
          now.toISOString(),
          JSON.stringify(loaded.graph.nodes.map((n) => n.id)),
        ],
      );
      moved = rows.length;
      if (moved > 0) {
        await tx.query(
          `insert into run_trace (id, run_id, workspace_id, customer_id, journey_id, version, node_id, node_type, handle, reason, kind, seq, at)
           select 'trc_mv_' || r.id || '_' || $2, r.id, r.workspace_id, r.customer_id, r.journey_id, r.version, r.current_node,
             'migration', null, 'moved to version ' || r.version || ' node ' || r.current_node, 'note',
             (r.snapshot->>'seq')::int, $3::timestamptz
           from runs r where r.id = any($1::text[])`,
          [rows.map((r) => r.id), published.version, now.toISOString()],
        );
      }
    }
    const [kept] = await tx.query<{ n: number }>(
      `select count(*)::int as n from runs where journey_id = $1 and version_id <> $2 and status in ('active', 'waiting', 'paused')`,
      [published.journeyId, published.versionId],
    );
    const entry = loaded.compiled.entryNode;
    if (entry.type === 'entry.schedule') {
      const fire = firstFireTime(entry.settings, now, loaded.settings.timezone);
      await tx.query(
        `insert into schedules (version_id, workspace_id, node_id, next_fire_at) values ($1, $2, $3, $4::timestamptz)
         on conflict (version_id) do update set next_fire_at = excluded.next_fire_at`,
        [published.versionId, published.workspaceId, entry.id, fire ? fire.toISOString() : null],
      );
    }
    return { moved, keptOnOld: Number(kept?.n ?? 0) };
  });
  engine.versions.put(loaded);
  for (const v of [...engine.index.liveVersions(published.workspaceId)]) {
    if (v.journeyId === published.journeyId && v.versionId !== published.versionId)
      engine.versions.setStatus(v.versionId, 'retired');
  }
  engine.index.invalidate();
  await engine.index.ensureFresh(db);
  const entry = loaded.compiled.entryNode;
  const enrolled =
    entry.type === 'entry.segment' && entry.settings.includeExisting
      ? await enrollExisting(engine, loaded)
      : 0;
  return { ...result, enrolled };
}
