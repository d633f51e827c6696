import { createEngine } from '@journeyflow/engine/runtime/engine';
import { fireSchedules } from '@journeyflow/engine/runtime/fireSchedules';
import { stepDueRuns } from '@journeyflow/engine/runtime/stepDueRuns';
import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { storeTestVersion } from '@journeyflow/server/db/testVersions';
import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EngineHarness } from './support/engineHarness';

describe.each(databaseKinds)('schedules and runs fail one journey at a time on %s', (kind) => {
  let h: EngineHarness;
  beforeAll(async () => {
    h = await EngineHarness.open(kind);
  });
  afterAll(() => h?.dispose());

  it('a schedule that cannot fire is postponed; the other due schedules still fire', async () => {
    await h.customer('vip', { grade: 'VIP' });
    // A version of another workspace whose stored graph no longer parses (e.g. saved before a cap),
    // due first: it used to roll back the whole batch, every second, for every workspace, and to make
    // the live index (every workspace's entries) fail to load — publishing below needs that index.
    const brokenGraph = { nodes: 'not a list' } as never;
    await storeTestVersion(h.sql, {
      workspaceId: 'ws_other',
      journeyId: 'jny_broken',
      versionId: 'ver_broken',
      version: 1,
      graph: brokenGraph,
      settings: {},
    });
    await h.sql.query(`update journey_versions set status = 'live' where id = 'ver_broken'`);
    await h.sql.query(
      `insert into schedules (version_id, workspace_id, node_id, next_fire_at)
       values ('ver_broken', 'ws_other', 'entry', '2000-01-01T00:00:00Z')`,
    );
    await h.publish(aJourney().entrySchedule({ cron: '0 9 * * *' }).update({ daily: true }));
    h.clock.set('2026-03-03T00:00:00.000Z'); // 09:00 KST
    expect(await fireSchedules(h.engine)).toBe(1);
    expect(await h.runs('vip')).toHaveLength(1);
    const [broken] = await h.sql.query<{ next_fire_at: Date }>(
      `select next_fire_at from schedules where version_id = 'ver_broken'`,
    );
    expect(new Date(broken!.next_fire_at).getTime()).toBeGreaterThan(h.clock.now().getTime());
  });

  it('runs of a version that cannot be loaded wait; the batch steps everyone else', async () => {
    const waitThenDone = (event: string) =>
      aJourney().entryEvent(event).wait('1h', { id: 'w' }).update({ done: true }, { id: 'done' });
    const broken = await h.publish(waitThenDone('go_a'));
    await h.publish(waitThenDone('go_b'));
    await h.track('a', 'go_a');
    await h.track('b', 'go_b');
    await h.sql.query(`update journey_versions set graph = '{"nodes": "x"}'::jsonb where journey_id = $1`, [
      broken.journeyId,
    ]);
    // A process that starts now (empty version cache) meets the unreadable row.
    const fresh = await createEngine(h.engine.ports);
    h.clock.advance(2 * 3600);
    const { claimed } = await stepDueRuns(fresh);
    expect(claimed).toBe(2);
    expect((await h.runs('b'))[0]?.status).toBe('completed');
    expect((await h.runs('a'))[0]).toMatchObject({ status: 'waiting', current_node: 'w' });
    expect((await stepDueRuns(fresh)).claimed).toBe(0); // deferred, not claimed again at once
  });
});
