import { dryRunMigration } from '@journeyflow/engine/lifecycle/dryRunMigration';
import { archiveJourney, pauseJourney, resumeJourney } from '@journeyflow/engine/lifecycle/journeyLifecycle';
import { afterPublish, publishVersionTx } from '@journeyflow/engine/lifecycle/publishVersion';
import { type EngineLoop, startEngineLoop } from '@journeyflow/engine/loop/engineLoop';
import type { EnginePorts } from '@journeyflow/engine/ports/enginePorts';
import type { Logger } from '@journeyflow/engine/ports/logger';
import { createEngine, type Engine } from '@journeyflow/engine/runtime/engine';
import { loadVersionFromRow } from '@journeyflow/engine/step/versionCache';
import { migrationNodeMap } from '@journeyflow/shared/api/journeys';
import type { Database } from '../db/database';
import { LIVE_JOURNEYS_CHANNEL, type LiveJourneysChange } from '../db/notifier';
import type { PublishHook } from '../serverDeps';

export { createEngine };

/**
 * The engine's side of publishing, run inside the server's publish transaction: reads the new version,
 * migrates in-flight runs (or, on a dry run, only reports occupancy and what `move` would do).
 */
export function createEnginePublishHook(engine: Engine): PublishHook {
  return async (event, tx) => {
    const [row] = await tx.query<{ graph: unknown; settings: unknown }>(
      'select graph, settings from journey_versions where id = $1',
      [event.versionId],
    );
    if (!row) throw new Error(`journey version ${event.versionId} not found`);
    const migration =
      event.migration.mode === 'move'
        ? { mode: 'move' as const, nodeMap: migrationNodeMap(event.migration) }
        : { mode: 'keep_on_old' as const };
    if (event.dryRun) {
      const loaded = loadVersionFromRow({
        version_id: event.versionId,
        workspace_id: event.workspaceId,
        journey_id: event.journeyId,
        version: event.version,
        graph: row.graph,
        settings: row.settings,
        status: 'live',
      });
      const preview = await dryRunMigration(
        { ...engine, ports: { ...engine.ports, db: tx } },
        event.journeyId,
        migration,
        new Set(loaded.compiled.nodes.keys()),
        event.versionId,
      );
      return {
        occupancy: preview.nodes,
        moved: preview.moved,
        exited: preview.exited,
        unmappedNodes: preview.unmappedNodes,
      };
    }
    const { outcome, loaded } = await publishVersionTx(engine, tx, {
      workspaceId: event.workspaceId,
      journeyId: event.journeyId,
      versionId: event.versionId,
      version: event.version,
      graph: row.graph as never,
      settings: row.settings as never,
      migration,
    });
    afterPublish(engine, loaded);
    return {
      occupancy: outcome.occupancy,
      ...(migration.mode === 'move'
        ? { moved: outcome.moved, exited: outcome.exited, unmappedNodes: outcome.unmappedNodes }
        : {}),
    };
  };
}

/**
 * Brings runs in line with the journey's status after pause / resume / archive (the workflow broadcasts
 * the change). Each operation is idempotent, so every process hearing the broadcast may apply it.
 */
export async function syncJourneyStatus(engine: Engine, journeyId: string): Promise<void> {
  const [row] = await engine.ports.db.query<{ status: string }>('select status from journeys where id = $1', [
    journeyId,
  ]);
  if (!row) return;
  if (row.status === 'paused') await pauseJourney(engine, journeyId);
  else if (row.status === 'live') await resumeJourney(engine, journeyId);
  else if (row.status === 'archived') await archiveJourney(engine, journeyId);
  engine.index.invalidate();
}

export type RunningEngine = { readonly engine: Engine; stop(): Promise<void> };

/**
 * Starts the engine loop in this process and follows live-journey broadcasts (publish, pause, resume,
 * archive) from every process: the entry index reloads and runs follow the journey's status.
 */
export async function startEngine(
  db: Database,
  engine: Engine,
  logger: Logger,
  options: { loop?: boolean } = {},
): Promise<RunningEngine> {
  let loop: EngineLoop | undefined;
  const unlisten = await db.notifier.listen(LIVE_JOURNEYS_CHANNEL, (payload) => {
    engine.index.invalidate();
    let change: LiveJourneysChange | undefined;
    try {
      change = JSON.parse(payload) as LiveJourneysChange;
    } catch {
      return;
    }
    syncJourneyStatus(engine, change.journeyId)
      // A resume or a migration may have made runs due now: claim them without waiting for the poll.
      .then(() => loop?.wake())
      .catch((error: unknown) =>
        logger.error('engine status sync failed', { journeyId: change?.journeyId, error: String(error) }),
      );
  });
  loop = options.loop === false ? undefined : startEngineLoop(engine);
  return {
    engine,
    async stop() {
      await unlisten();
      await loop?.stop();
    },
  };
}

export type { EnginePorts };
