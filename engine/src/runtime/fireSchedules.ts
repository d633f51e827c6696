import { nextCronFire } from '@journeyflow/shared/journey/cron';
import { pickTimeZone } from '@journeyflow/shared/journey/timezone';
import type { SqlClient } from '../ports/sqlClient';
import { customerBatch } from '../step/customerBatch';
import { evaluateForRun } from '../step/evaluateForRun';
import { createStepEnv, type Engine } from './engine';
import { flushWrites } from './flushWrites';
import { tryEnter } from './startRun';

const candidatesPerBatch = 1000;

/** Due schedules fired per call, each in its own transaction. */
const SCHEDULES_PER_CALL = 10;
/** A schedule whose firing failed is retried after this long, so it cannot block the others. */
const RETRY_FAILED_SCHEDULE_MS = 60 * 60 * 1000;

/**
 * Fires due `entry.schedule` rows: candidates are the segment's members (or every customer of the
 * workspace), filtered by the node's condition, entered under the journey's rules. The row's next fire
 * time moves in the same transaction, so a crash re-fires at most once and entry keys dedupe it. Each
 * schedule fires in its own transaction: one that fails (a journey of one workspace) is logged and
 * postponed, and the others still fire.
 */
export async function fireSchedules(engine: Engine): Promise<number> {
  const { db, clock, logger } = engine.ports;
  let started = 0;
  for (let i = 0; i < SCHEDULES_PER_CALL; i++) {
    let claimed: { version_id: string; workspace_id: string } | undefined;
    try {
      const fired = await db.transaction(async (tx) => {
        const now = clock.now();
        const [row] = await tx.query<{ version_id: string; workspace_id: string; next_fire_at: Date }>(
          `select version_id, workspace_id, next_fire_at from schedules where next_fire_at <= $1::timestamptz
            order by next_fire_at for update skip locked limit 1`,
          [now.toISOString()],
        );
        if (!row) return undefined;
        claimed = row;
        return fireOne(engine, tx, row, now);
      });
      if (fired === undefined) break;
      started += fired;
    } catch (error) {
      if (!claimed) throw error;
      const retryAt = new Date(clock.now().getTime() + RETRY_FAILED_SCHEDULE_MS);
      logger.error('schedule failed; retried later', {
        workspaceId: claimed.workspace_id,
        versionId: claimed.version_id,
        retryAt: retryAt.toISOString(),
        error: String(error),
      });
      await db.query('update schedules set next_fire_at = $2::timestamptz where version_id = $1', [
        claimed.version_id,
        retryAt.toISOString(),
      ]);
    }
  }
  return started;
}

/** Fires one claimed schedule row inside `tx`; returns the runs started. */
async function fireOne(
  engine: Engine,
  tx: SqlClient,
  row: { version_id: string; next_fire_at: Date },
  now: Date,
): Promise<number> {
  let started = 0;
  const version = await engine.versions.get(tx, row.version_id);
  // An unreadable version is not a retired one: fail, so the schedule is postponed rather than dropped.
  const loadError = engine.versions.loadError(row.version_id);
  if (loadError !== undefined) throw loadError;
  const node = version?.compiled.entryNode;
  if (!version || !node || node.type !== 'entry.schedule' || version.status !== 'live') {
    await tx.query('update schedules set next_fire_at = null where version_id = $1', [row.version_id]);
    return 0;
  }
  const fireAt = new Date(row.next_fire_at);
  const env = createStepEnv(engine, tx, now);
  let lastId = '';
  for (;;) {
    const customers = await customerBatch(tx, {
      workspaceId: version.workspaceId,
      segmentId: node.settings.segmentId,
      afterId: lastId,
      limit: candidatesPerBatch,
    });
    if (customers.length === 0) break;
    for (const customer of customers) {
      lastId = customer.id;
      if (node.settings.condition) {
        const timezone = pickTimeZone(customer.timezone, version.settings.timezone);
        const check = await evaluateForRun(env, node.settings.condition, customer, null, timezone);
        if (!check.result) continue;
      }
      const entered = await tryEnter(env, version, {
        customer,
        key: `${customer.id}:schedule:${fireAt.toISOString()}`,
        trigger: null,
        keyMayRepeat: true,
      });
      if (entered.run) started++;
    }
  }
  await flushWrites(tx, env.writes, now);
  const next = node.settings.cron
    ? nextCronFire(node.settings.cron, now, version.settings.timezone)
    : undefined;
  await tx.query(
    'update schedules set next_fire_at = $2::timestamptz, last_fired_at = $3::timestamptz where version_id = $1',
    [row.version_id, next ? next.toISOString() : null, now.toISOString()],
  );
  return started;
}
