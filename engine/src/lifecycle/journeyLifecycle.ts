import {
  cancelQueuedMessages,
  holdQueuedMessages,
  releaseHeldMessages,
} from '../delivery/holdJourneyMessages';
import type { SqlClient } from '../ports/sqlClient';
import type { Engine } from '../runtime/engine';
import type { VersionStatus } from '../step/versionCache';

async function setVersionsStatus(
  tx: SqlClient,
  now: string,
  journeyId: string,
  from: readonly string[],
  to: string,
): Promise<void> {
  // Scalar parameters only (the statuses are constants): this also runs through drizzle's `sql` inside the
  // server's journey transaction.
  const list = from.map((s) => `'${s.replace(/[^a-z_]/g, '')}'`).join(', ');
  await tx.query(
    `update journey_versions set status = $2, updated_at = $3::timestamptz where journey_id = $1 and status in (${list})`,
    [journeyId, to, now],
  );
}

/** Brings this process's cached version statuses and live index in line with the database. */
export async function refreshStatuses(engine: Engine, journeyId: string): Promise<void> {
  const rows = await engine.ports.db.query<{ version_id: string; status: VersionStatus }>(
    'select id as version_id, status from journey_versions where journey_id = $1 and status is not null',
    [journeyId],
  );
  for (const row of rows) engine.versions.setStatus(row.version_id, row.status);
  engine.index.invalidate();
}

/**
 * Runs one of the `…Tx` changes below in a transaction of its own at the engine's now, then brings this
 * process's cached statuses in line (`refreshStatuses`); answers the number of runs it changed.
 */
async function changeJourney(
  engine: Engine,
  journeyId: string,
  change: (tx: SqlClient, journeyId: string, now: string) => Promise<number>,
): Promise<number> {
  const now = engine.ports.clock.now().toISOString();
  const changed = await engine.ports.db.transaction((tx) => change(tx, journeyId, now));
  await refreshStatuses(engine, journeyId);
  return changed;
}

/**
 * Pause holds every run of the journey where it is (its wait is kept); events do not answer paused waits.
 * The run's previous status is kept in its snapshot for resume.
 */
export async function pauseJourney(engine: Engine, journeyId: string): Promise<number> {
  return changeJourney(engine, journeyId, pauseJourneyTx);
}

/**
 * Pause inside the caller's transaction (the server's, which also sets `journeys.status`): versions, runs
 * and the journey's queued messages change together, so nothing is sent once the pause commits.
 */
export async function pauseJourneyTx(tx: SqlClient, journeyId: string, now: string): Promise<number> {
  await setVersionsStatus(tx, now, journeyId, ['live'], 'paused');
  // Waits for an engine step holding these runs; its outbox rows are committed before the hold below.
  const rows = await tx.query(
    `update runs set status = 'paused', snapshot = snapshot || jsonb_build_object('pausedFrom', status), updated_at = $2::timestamptz
     where journey_id = $1 and status in ('active', 'waiting') returning id`,
    [journeyId, now],
  );
  await holdQueuedMessages(tx, journeyId);
  return rows.length;
}

/**
 * Resume puts paused runs back. A run whose wait ended during the pause is due at once (its `wake_at` is
 * in the past), so it proceeds on the next engine tick instead of waiting again.
 */
export async function resumeJourney(engine: Engine, journeyId: string): Promise<number> {
  return changeJourney(engine, journeyId, resumeJourneyTx);
}

/** Resume inside the caller's transaction; held messages become deliverable again. */
export async function resumeJourneyTx(tx: SqlClient, journeyId: string, now: string): Promise<number> {
  const [latest] = await tx.query<{ version_id: string }>(
    `select id as version_id from journey_versions where journey_id = $1 and status = 'paused' order by version desc limit 1`,
    [journeyId],
  );
  if (latest) {
    await tx.query(
      `update journey_versions set status = 'live', updated_at = $3::timestamptz where id = $2 and journey_id = $1`,
      [journeyId, latest.version_id, now],
    );
    await tx.query(
      `update journey_versions set status = 'retired', updated_at = $3::timestamptz where journey_id = $1 and id <> $2 and status = 'paused'`,
      [journeyId, latest.version_id, now],
    );
  }
  const rows = await tx.query(
    `update runs set status = coalesce(snapshot->>'pausedFrom', 'waiting'), snapshot = snapshot - 'pausedFrom',
       updated_at = $2::timestamptz
     where journey_id = $1 and status = 'paused' returning id`,
    [journeyId, now],
  );
  await releaseHeldMessages(tx, journeyId);
  return rows.length;
}

/** Archive ends every run of the journey (status `exited`, traced) and stops all its versions. */
export async function archiveJourney(engine: Engine, journeyId: string): Promise<number> {
  return changeJourney(engine, journeyId, archiveJourneyTx);
}

/** Archive inside the caller's transaction; queued messages not yet handed to a provider are skipped. */
export async function archiveJourneyTx(tx: SqlClient, journeyId: string, now: string): Promise<number> {
  await setVersionsStatus(tx, now, journeyId, ['live', 'paused', 'retired'], 'archived');
  // One statement ends the runs and traces them (no id array: scalar parameters only, see setVersionsStatus).
  const ended = await tx.query<{ run_id: string }>(
    `with ended as (
       update runs set status = 'exited', wake_at = null, waiting_event = null, waiting_filter = null,
         ended_at = $2::timestamptz, updated_at = $2::timestamptz,
         snapshot = jsonb_set(snapshot, '{seq}', to_jsonb(coalesce((snapshot->>'seq')::int, 0) + 1))
       where journey_id = $1 and status in ('active', 'waiting', 'paused')
       returning id, workspace_id, customer_id, journey_id, version, current_node, snapshot)
     insert into run_trace (id, run_id, workspace_id, customer_id, journey_id, version, node_id, node_type, handle, reason, kind, seq, at,
       code)
     select 'trc_ar_' || e.id, e.id, e.workspace_id, e.customer_id, e.journey_id, e.version, e.current_node, 'journey', null,
       'journey archived', 'exited', (e.snapshot->>'seq')::int, $2::timestamptz, 'run.archived'
     from ended e returning run_id`,
    [journeyId, now],
  );
  await tx.query(
    'update schedules set next_fire_at = null where version_id in (select id from journey_versions where journey_id = $1)',
    [journeyId],
  );
  await cancelQueuedMessages(tx, journeyId, now);
  return ended.length;
}
