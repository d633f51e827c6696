import type { SqlClient } from '../ports/sqlClient';
import type { Engine } from '../runtime/engine';
import type { VersionStatus } from '../runtime/versionCache';

async function setVersionsStatus(
  tx: SqlClient,
  now: string,
  journeyId: string,
  from: readonly string[],
  to: string,
): Promise<void> {
  await tx.query(
    `update engine_versions set status = $3, updated_at = $4::timestamptz where journey_id = $1 and status = any($2::text[])`,
    [journeyId, from, to, now],
  );
}

/** Brings this process's cached version statuses and live index in line with the database. */
export async function refreshStatuses(engine: Engine, journeyId: string): Promise<void> {
  const rows = await engine.ports.db.query<{ version_id: string; status: VersionStatus }>(
    'select version_id, status from engine_versions where journey_id = $1',
    [journeyId],
  );
  for (const row of rows) engine.versions.setStatus(row.version_id, row.status);
  engine.index.invalidate();
}

/**
 * Pause holds every run of the journey where it is (its wait is kept); events do not answer paused waits.
 * The run's previous status is kept in its snapshot for resume.
 */
export async function pauseJourney(engine: Engine, journeyId: string): Promise<number> {
  const now = engine.ports.clock.now().toISOString();
  const rows = await engine.ports.db.transaction(async (tx) => {
    await setVersionsStatus(tx, now, journeyId, ['live'], 'paused');
    return tx.query(
      `update runs set status = 'paused', snapshot = snapshot || jsonb_build_object('pausedFrom', status), updated_at = $2::timestamptz
       where journey_id = $1 and status in ('active', 'waiting') returning id`,
      [journeyId, now],
    );
  });
  await refreshStatuses(engine, journeyId);
  return rows.length;
}

/**
 * Resume puts paused runs back. A run whose wait ended during the pause is due at once (its `wake_at` is
 * in the past), so it proceeds on the next engine tick instead of waiting again.
 */
export async function resumeJourney(engine: Engine, journeyId: string): Promise<number> {
  const now = engine.ports.clock.now().toISOString();
  const rows = await engine.ports.db.transaction(async (tx) => {
    const [latest] = await tx.query<{ version_id: string }>(
      `select version_id from engine_versions where journey_id = $1 and status = 'paused' order by version desc limit 1`,
      [journeyId],
    );
    if (latest) {
      await tx.query(
        `update engine_versions set status = 'live', updated_at = $3::timestamptz where version_id = $2 and journey_id = $1`,
        [journeyId, latest.version_id, now],
      );
      await tx.query(
        `update engine_versions set status = 'retired', updated_at = $3::timestamptz where journey_id = $1 and version_id <> $2 and status = 'paused'`,
        [journeyId, latest.version_id, now],
      );
    }
    return tx.query(
      `update runs set status = coalesce(snapshot->>'pausedFrom', 'waiting'), snapshot = snapshot - 'pausedFrom',
         updated_at = $2::timestamptz
       where journey_id = $1 and status = 'paused' returning id`,
      [journeyId, now],
    );
  });
  await refreshStatuses(engine, journeyId);
  return rows.length;
}

/** Archive ends every run of the journey (status `exited`, traced) and stops all its versions. */
export async function archiveJourney(engine: Engine, journeyId: string): Promise<number> {
  const now = engine.ports.clock.now().toISOString();
  const rows = await engine.ports.db.transaction(async (tx) => {
    await setVersionsStatus(tx, now, journeyId, ['live', 'paused', 'retired'], 'archived');
    const ended = await tx.query<{ id: string }>(
      `update runs set status = 'exited', wake_at = null, waiting_event = null, waiting_filter = null, ended_at = $2::timestamptz,
         updated_at = $2::timestamptz, snapshot = jsonb_set(snapshot, '{seq}', to_jsonb(coalesce((snapshot->>'seq')::int, 0) + 1))
       where journey_id = $1 and status in ('active', 'waiting', 'paused') returning id`,
      [journeyId, now],
    );
    await tx.query(
      `insert into run_trace (id, run_id, workspace_id, customer_id, journey_id, version, node_id, node_type, handle, reason, kind, seq, at)
       select 'trc_ar_' || r.id, r.id, r.workspace_id, r.customer_id, r.journey_id, r.version, r.current_node, 'journey', null,
         'journey archived', 'exited', (r.snapshot->>'seq')::int, $2::timestamptz
       from runs r where r.id = any($1::text[])`,
      [ended.map((r) => r.id), now],
    );
    await tx.query(
      'update schedules set next_fire_at = null where version_id in (select version_id from engine_versions where journey_id = $1)',
      [journeyId],
    );
    return ended;
  });
  await refreshStatuses(engine, journeyId);
  return rows.length;
}
