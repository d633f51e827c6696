import { nextCronFire } from '@journeyflow/shared/journey/cron';
import { pickTimeZone } from '@journeyflow/shared/journey/timezone';
import { parseDateTimeInZone } from '@journeyflow/shared/journey/zonedTime';
import { customerColumns, customerFromRow } from './customerRecord';
import { createStepEnv, type Engine } from './engine';
import { evaluateForRun } from './evaluateForRun';
import { flushWrites } from './flushWrites';
import { tryEnter } from './startRun';

/** The first fire time of an `entry.schedule` node: its `at`, or the next cron time in the journey's timezone. */
export function firstFireTime(
  settings: { at?: string | undefined; cron?: string | undefined },
  now: Date,
  timezone: string,
) {
  if (settings.at) return parseDateTimeInZone(settings.at, timezone) ?? null;
  if (settings.cron) return nextCronFire(settings.cron, now, timezone) ?? null;
  return null;
}

const candidatesPerBatch = 1000;

/**
 * Fires due `entry.schedule` rows: candidates are the segment's members (or every customer of the
 * workspace), filtered by the node's condition, entered under the journey's rules. The row's next fire
 * time moves in the same transaction, so a crash re-fires at most once and entry keys dedupe it.
 */
export async function fireSchedules(engine: Engine): Promise<number> {
  const { db, clock } = engine.ports;
  return db.transaction(async (tx) => {
    const now = clock.now();
    const due = await tx.query<{ version_id: string; next_fire_at: Date }>(
      `select version_id, next_fire_at from schedules where next_fire_at <= $1::timestamptz for update skip locked limit 10`,
      [now.toISOString()],
    );
    let started = 0;
    for (const row of due) {
      const version = await engine.versions.get(tx, row.version_id);
      const node = version?.compiled.entryNode;
      if (!version || !node || node.type !== 'entry.schedule' || version.status !== 'live') {
        await tx.query('update schedules set next_fire_at = null where version_id = $1', [row.version_id]);
        continue;
      }
      const fireAt = new Date(row.next_fire_at);
      const env = createStepEnv(engine, tx, now);
      let lastId = '';
      for (;;) {
        const params: unknown[] = [version.workspaceId, lastId, candidatesPerBatch];
        const rows =
          node.settings.segmentId && engine.tables.has('segment_members')
            ? await tx.query(
                `select ${customerColumns
                  .split(', ')
                  .map((c) => `c.${c}`)
                  .join(', ')} from customers c
                  join segment_members m on m.customer_id = c.id and m.segment_id = $4
                  where c.workspace_id = $1 and c.id > $2 order by c.id limit $3`,
                [...params, node.settings.segmentId],
              )
            : await tx.query(
                `select ${customerColumns} from customers where workspace_id = $1 and id > $2 order by id limit $3`,
                params,
              );
        if (rows.length === 0) break;
        for (const r of rows) {
          const customer = customerFromRow(r);
          lastId = customer.id;
          if (node.settings.condition) {
            const timezone = pickTimeZone(customer.timezone, version.settings.timezone);
            const check = await evaluateForRun(env, node.settings.condition, customer, null, timezone);
            if (!check.result) continue;
          }
          const entered = await tryEnter(
            env,
            version,
            customer,
            `${customer.id}:schedule:${fireAt.toISOString()}`,
            null,
            undefined,
            true,
          );
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
    }
    return started;
  });
}
