import type { JourneyGraphInput } from '@journeyflow/shared/journey/graph';
import type { JourneySettingsInput } from '@journeyflow/shared/journey/journeySettings';
import { entryPluginOf } from '../nodes/nodePlugins';
import type { SqlClient } from '../ports/sqlClient';
import type { Engine } from '../runtime/engine';
import { type LoadedVersion, loadVersionFromRow } from '../step/versionCache';
import { enrollPending } from './enrollExisting';

/** How in-flight runs of older versions are treated when version N+1 goes live (SPEC §3). */
export type Migration =
  | { readonly mode: 'keep_on_old' }
  | { readonly mode: 'move'; readonly nodeMap: Readonly<Record<string, string | null>> };

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
  /** In-flight customers per node of older versions, before the migration. */
  readonly occupancy: Record<string, number>;
  readonly moved: number;
  /** With `move`: customers whose node was mapped to `null` (exit now). */
  readonly exited: number;
  readonly keptOnOld: number;
  /** With `move`: occupied nodes that have no target in the new version (their runs stay on the old one). */
  readonly unmappedNodes: readonly string[];
};

/**
 * `move` targets: the node map, else the same node id when the new version still has it; nodes mapped
 * to `null` are `exits` (their customers leave the journey now).
 */
export function effectiveNodeMap(
  migration: Migration | undefined,
  occupied: readonly string[],
  newNodeIds: ReadonlySet<string>,
): { map: Record<string, string>; exits: string[]; unmapped: string[] } {
  const map: Record<string, string> = {};
  const exits: string[] = [];
  const unmapped: string[] = [];
  if (migration?.mode !== 'move') return { map, exits, unmapped };
  for (const node of occupied) {
    const mapped = migration.nodeMap[node];
    if (mapped === null) {
      exits.push(node);
      continue;
    }
    const target = mapped ?? (newNodeIds.has(node) ? node : undefined);
    if (target && newNodeIds.has(target)) map[node] = target;
    else unmapped.push(node);
  }
  return { map, exits, unmapped };
}

/** Ends the in-flight runs of older versions that sit on `nodes` (status `exited`, traced). */
async function exitRunsOn(
  tx: SqlClient,
  journeyId: string,
  exceptVersionId: string,
  nodes: readonly string[],
  now: string,
): Promise<number> {
  const ended = await tx.query<{ run_id: string }>(
    `with ended as (
       update runs set status = 'exited', wake_at = null, waiting_event = null, waiting_filter = null,
         ended_at = $4::timestamptz, updated_at = $4::timestamptz,
         snapshot = jsonb_set(snapshot, '{seq}', to_jsonb(coalesce((snapshot->>'seq')::int, 0) + 1))
       where journey_id = $1 and version_id <> $2 and status in ('active', 'waiting', 'paused')
         and current_node = any($3::text[])
       returning id, workspace_id, customer_id, journey_id, version, current_node, snapshot)
     insert into run_trace (id, run_id, workspace_id, customer_id, journey_id, version, node_id, node_type, handle, reason, kind, seq, at)
     select 'trc_mx_' || e.id, e.id, e.workspace_id, e.customer_id, e.journey_id, e.version, e.current_node, 'migration', null,
       'exited at publish (migration map: exit now)', 'exited', (e.snapshot->>'seq')::int, $4::timestamptz
     from ended e returning run_id`,
    [journeyId, exceptVersionId, [...nodes], now],
  );
  return ended.length;
}

export async function occupancyOf(tx: SqlClient, journeyId: string, exceptVersionId: string) {
  const rows = await tx.query<{ current_node: string; n: number }>(
    `select current_node, count(*)::int as n from runs where journey_id = $1 and version_id <> $2
       and status in ('active', 'waiting', 'paused') group by current_node`,
    [journeyId, exceptVersionId],
  );
  return Object.fromEntries(rows.map((r) => [r.current_node, Number(r.n)])) as Record<string, number>;
}

/**
 * Makes a version live inside the caller's transaction (the server's publish transaction, which stored
 * the row in `journey_versions`): sets it live, retires the journey's older versions (their runs keep going: `keep_on_old`), or moves their
 * runs to the mapped nodes of the new version (`move`); moved runs re-enter their new node at once.
 * `includeExisting` enrollment is flagged and done after commit by `enrollPending`.
 */
export async function publishVersionTx(
  engine: Engine,
  tx: SqlClient,
  published: PublishedVersion,
): Promise<{ outcome: PublishOutcome; loaded: LoadedVersion }> {
  const now = engine.ports.clock.now();
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
  const entry = loaded.compiled.entryNode;
  const entryPlugin = entryPluginOf(entry);
  const enroll = entryPlugin.enrollExisting?.pending(entry) ?? false;
  // The version is stored in `journey_versions` by whoever publishes (the server's publish transaction);
  // the engine only makes it live there and retires the journey's older versions.
  const stored = await tx.query(
    `update journey_versions set status = 'live', enroll_pending = $3, updated_at = $4::timestamptz
     where id = $1 and workspace_id = $2 returning id`,
    [published.versionId, published.workspaceId, enroll, now.toISOString()],
  );
  if (stored.length === 0) throw new Error(`journey version ${published.versionId} is not stored`);
  await tx.query(
    `update journey_versions set status = 'retired', updated_at = $3::timestamptz
     where journey_id = $1 and id <> $2 and status in ('live', 'paused')`,
    [published.journeyId, published.versionId, now.toISOString()],
  );
  const occupancy = await occupancyOf(tx, published.journeyId, published.versionId);
  const { map, exits, unmapped } = effectiveNodeMap(
    published.migration,
    Object.keys(occupancy),
    new Set(loaded.compiled.nodes.keys()),
  );
  const exited =
    exits.length > 0
      ? await exitRunsOn(tx, published.journeyId, published.versionId, exits, now.toISOString())
      : 0;
  let moved = 0;
  if (Object.keys(map).length > 0) {
    const rows = await tx.query<{ id: string }>(
      `update runs set version_id = $2, version = $3, current_node = ($4::text::jsonb ->> current_node),
         status = 'active', wake_at = $5::timestamptz, waiting_event = null, waiting_filter = null,
         node_entered_at = $5::timestamptz, updated_at = $5::timestamptz,
         snapshot = jsonb_set(snapshot, '{seq}', to_jsonb(coalesce((snapshot->>'seq')::int, 0) + 1))
       where journey_id = $1 and version_id <> $2 and status in ('active', 'waiting')
         and jsonb_exists($4::text::jsonb, current_node)
       returning id`,
      [published.journeyId, published.versionId, published.version, JSON.stringify(map), now.toISOString()],
    );
    moved = rows.length;
    if (moved > 0) {
      await tx.query(
        `insert into run_trace (id, run_id, workspace_id, customer_id, journey_id, version, node_id, node_type, handle, reason, kind, seq, at,
           code, params)
         select 'trc_mv_' || r.id || '_' || $2, r.id, r.workspace_id, r.customer_id, r.journey_id, r.version, r.current_node,
           'migration', null, 'moved to version ' || r.version || ', node ' || r.current_node, 'note',
           (r.snapshot->>'seq')::int, $3::timestamptz, 'run.migrated', jsonb_build_object('version', r.version)
         from runs r where r.id = any($1::text[])`,
        [rows.map((r) => r.id), published.version, now.toISOString()],
      );
    }
  }
  const total = Object.values(occupancy).reduce((a, b) => a + b, 0);
  await entryPlugin.publish?.({ engine, tx, version: loaded, node: entry, now });
  return {
    outcome: { occupancy, moved, exited, keptOnOld: total - moved - exited, unmappedNodes: unmapped },
    loaded,
  };
}

/** Publishes in its own transaction, then refreshes this process's index and enrolls existing members. */
export async function publishVersion(
  engine: Engine,
  published: PublishedVersion,
): Promise<PublishOutcome & { enrolled: number }> {
  const { outcome, loaded } = await engine.ports.db.transaction((tx) =>
    publishVersionTx(engine, tx, published),
  );
  afterPublish(engine, loaded);
  await engine.index.ensureFresh(engine.ports.db);
  const enrolled = await enrollPending(engine);
  return { ...outcome, enrolled };
}

/** Updates this process's caches after a publish committed (other processes reload via the index stamp). */
export function afterPublish(engine: Engine, loaded: LoadedVersion): void {
  engine.versions.put(loaded);
  for (const v of [...engine.index.liveVersions(loaded.workspaceId)]) {
    if (v.journeyId === loaded.journeyId && v.versionId !== loaded.versionId)
      engine.versions.setStatus(v.versionId, 'retired');
  }
  engine.index.invalidate();
}
