import type { Condition } from '@journeyflow/shared/journey/condition';
import { pickTimeZone } from '@journeyflow/shared/journey/timezone';
import { entryPluginOf } from '../nodes/nodePlugins';
import { createStepEnv, type Engine } from '../runtime/engine';
import { flushWrites } from '../runtime/flushWrites';
import { tryEnter } from '../runtime/startRun';
import { customerBatch } from '../step/customerBatch';
import { evaluateForRun } from '../step/evaluateForRun';
import type { LoadedVersion } from '../step/versionCache';

const batchSize = 1000;

/**
 * `entry.segment` with `includeExisting`: everyone already in the segment enters, 1,000 customers per
 * transaction. Members come from `segment_members` when the segments area keeps it; otherwise the
 * segment's condition is evaluated per customer.
 */
export async function enrollExisting(engine: Engine, version: LoadedVersion): Promise<number> {
  const node = version.compiled.entryNode;
  if (node.type !== 'entry.segment') return 0;
  const { db, clock } = engine.ports;
  const segmentId = node.settings.segmentId;
  let condition: Condition | undefined;
  let useMembers = true;
  const [row] = await db.query<{ condition: Condition | null; type: string }>(
    'select condition, type from segments where id = $1',
    [segmentId],
  );
  if (row?.type === 'dynamic' && row.condition) {
    condition = row.condition;
    const [count] = await db
      .query<{ n: number }>('select count(*)::int as n from segment_members where segment_id = $1', [
        segmentId,
      ])
      .catch(() => [{ n: 0 }]);
    // Members not computed yet: evaluate the condition ourselves.
    if (Number(count?.n ?? 0) === 0) useMembers = false;
  }
  if (!useMembers && !condition) return 0;
  let lastId = '';
  let enrolled = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const now = clock.now();
      const customers = await customerBatch(tx, {
        workspaceId: version.workspaceId,
        segmentId: useMembers ? segmentId : null,
        afterId: lastId,
        limit: batchSize,
      });
      if (customers.length === 0) return true;
      const env = createStepEnv(engine, tx, now);
      for (const customer of customers) {
        lastId = customer.id;
        if (!useMembers && condition) {
          const timezone = pickTimeZone(customer.timezone, version.settings.timezone);
          if (!(await evaluateForRun(env, condition, customer, null, timezone)).result) continue;
        }
        const entered = await tryEnter(env, version, {
          customer,
          key: `${customer.id}:segment:existing`,
          trigger: null,
          keyMayRepeat: true,
        });
        if (entered.run) enrolled++;
      }
      await flushWrites(tx, env.writes, now);
      return customers.length < batchSize;
    });
    if (done) break;
  }
  return enrolled;
}

/**
 * Enrolls existing segment members for versions published with `includeExisting`. The flag is cleared in
 * the claiming transaction only after enrollment finished, so a crash retries (entry keys dedupe).
 */
export async function enrollPending(engine: Engine): Promise<number> {
  const rows = await engine.ports.db.query<{ version_id: string }>(
    `select id as version_id from journey_versions where enroll_pending and status = 'live' limit 5`,
  );
  let enrolled = 0;
  for (const row of rows) {
    const version = await engine.versions.get(engine.ports.db, row.version_id);
    const entry = version?.compiled.entryNode;
    const enrolls = entry ? entryPluginOf(entry).enrollExisting !== undefined : false;
    if (version && enrolls) enrolled += await enrollExisting(engine, version);
    await engine.ports.db.query('update journey_versions set enroll_pending = false where id = $1', [
      row.version_id,
    ]);
  }
  return enrolled;
}
