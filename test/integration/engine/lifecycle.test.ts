import { dryRunMigration } from '@journeyflow/engine/lifecycle/dryRunMigration';
import { exitEndedPeriods } from '@journeyflow/engine/lifecycle/exitEndedPeriods';
import { archiveJourney, pauseJourney, resumeJourney } from '@journeyflow/engine/lifecycle/journeyLifecycle';
import { fireSchedules } from '@journeyflow/engine/runtime/fireSchedules';
import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { describe, expect, it } from 'vitest';
import { useEngineHarness } from './support/useEngineHarness';

describe.each(databaseKinds)('lifecycle and other entries on %s', (kind) => {
  const h = useEngineHarness(kind);

  const twoWaits = () =>
    aJourney()
      .entryEvent('go', undefined, { id: 'entry' })
      .wait('1h', { id: 'w1' })
      .wait('1h', { id: 'w2' })
      .update({ done: true }, { id: 'done' });

  it('pause holds runs and ignores their timers; resume lets expired waits proceed at once', async () => {
    const { journeyId } = await h.publish(twoWaits());
    await h.track('c', 'go');
    expect(await pauseJourney(h.engine, journeyId)).toBe(1);
    await h.advance('3h');
    expect((await h.runs('c'))[0]).toMatchObject({ status: 'paused', current_node: 'w1' });
    await h.track('d', 'go'); // paused journeys take no one in
    expect(await h.runs('d')).toHaveLength(0);
    expect(await resumeJourney(h.engine, journeyId)).toBe(1);
    await h.tick();
    expect((await h.runs('c'))[0]).toMatchObject({ status: 'waiting', current_node: 'w2' });
    await h.advance('1h');
    expect((await h.runs('c'))[0]?.status).toBe('completed');
  });

  it('archive ends every run, traced', async () => {
    const { journeyId } = await h.publish(twoWaits());
    await h.track('c', 'go');
    expect(await archiveJourney(h.engine, journeyId)).toBe(1);
    expect((await h.runs('c'))[0]?.status).toBe('exited');
    expect((await h.trace('c')).join('\n')).toContain('journey archived');
    await h.advance('3h');
    expect((await h.runs('c'))[0]?.status).toBe('exited');
  });

  it('publishing v2: keep_on_old keeps runs on v1; move re-homes runs by the node map; dry run counts per node', async () => {
    const { journeyId } = await h.publish(twoWaits());
    await h.track('a', 'go');
    await h.track('b', 'go');
    await h.advance('1h'); // both on w2
    await h.track('c', 'go'); // on w1
    const preview = await dryRunMigration(h.engine, journeyId, { mode: 'move', nodeMap: { w2: 'x2' } });
    expect(preview).toMatchObject({
      nodes: { w1: 1, w2: 2 },
      total: 3,
      moved: 2,
      keptOnOld: 1,
      movedTo: { x2: 2 },
    });
    const v2 = aJourney()
      .entryEvent('go', undefined, { id: 'entry' })
      .wait('10m', { id: 'x1' })
      .wait('1d', { id: 'x2' })
      .update({ v2: true }, { id: 'done2' });
    await h.publish(v2, { journeyId, version: 2, migration: { mode: 'move', nodeMap: { w2: 'x2' } } });
    const runs = await h.runs();
    expect(runs.map((r) => `${r.version}:${r.current_node}:${r.status}`).sort()).toEqual([
      '1:w1:waiting',
      '2:x2:active',
      '2:x2:active',
    ]);
    await h.tick();
    await h.advance('1h');
    await h.advance('1h');
    // c stayed on v1 and finished there; a and b wait a day on x2 of v2.
    expect((await h.runs('c'))[0]).toMatchObject({ status: 'completed', current_node: 'done', version: 1 });
    expect((await h.runs('a'))[0]).toMatchObject({ status: 'waiting', current_node: 'x2', version: 2 });
    await h.track('n', 'go'); // new entries go to v2
    expect((await h.runs('n'))[0]).toMatchObject({ version: 2, current_node: 'x1' });
  });

  it('move with a map: a removed step is moved to a new one, and a step mapped to null exits now', async () => {
    const { journeyId } = await h.publish(twoWaits());
    await h.track('a', 'go');
    await h.advance('1h'); // a on w2
    await h.track('b', 'go'); // b on w1
    const map = { w1: 'x2', w2: null };
    const preview = await dryRunMigration(h.engine, journeyId, { mode: 'move', nodeMap: map });
    expect(preview).toMatchObject({ nodes: { w1: 1, w2: 1 }, moved: 1, exited: 1, keptOnOld: 0 });
    const v2 = aJourney()
      .entryEvent('go', undefined, { id: 'entry' })
      .wait('10m', { id: 'x1' })
      .wait('1d', { id: 'x2' })
      .update({ v2: true }, { id: 'done2' });
    await h.publish(v2, { journeyId, version: 2, migration: { mode: 'move', nodeMap: map } });
    expect((await h.runs('a'))[0]).toMatchObject({ status: 'exited', version: 1, current_node: 'w2' });
    expect((await h.trace('a')).join('\n')).toContain('exit now');
    expect((await h.runs('b'))[0]).toMatchObject({ version: 2, current_node: 'x2' });
    await h.advance('2h');
    expect((await h.runs('a'))[0]?.status).toBe('exited');
  });

  it('active period on the fake clock: nobody enters before the start or after the end; exit ends runs at the end', async () => {
    const at = (hours: number) =>
      new Date(h.clock.now().getTime() + hours * 3_600_000).toISOString().slice(0, 16);
    const period = { timezone: 'UTC', startsAt: at(1), endsAt: at(3) };
    await h.publish(twoWaits().settings({ ...period, endBehavior: 'exit' }));
    const { journeyId: finishing } = await h.publish(
      aJourney()
        .entryEvent('go', undefined, { id: 'entry' })
        .wait('1d', { id: 'long' })
        .settings({ ...period, endBehavior: 'finish' }),
    );
    await h.track('early', 'go');
    expect(await h.runs('early')).toHaveLength(0);
    await h.advance('90m');
    await h.track('inside', 'go');
    expect((await h.runs('inside')).map((r) => r.status).sort()).toEqual(['waiting', 'waiting']);
    await h.advance('2h'); // past the end
    await h.track('late', 'go');
    expect(await h.runs('late')).toHaveLength(0);
    expect(await exitEndedPeriods(h.engine)).toBe(1);
    const inside = await h.runs('inside');
    expect(inside.find((r) => r.journey_id === finishing)).toMatchObject({
      status: 'waiting',
      current_node: 'long',
    });
    expect(inside.find((r) => r.journey_id !== finishing)).toMatchObject({ status: 'exited' });
    expect((await h.trace('inside')).join('\n')).toContain('active period ended');
    expect(await exitEndedPeriods(h.engine)).toBe(0); // idempotent
  });

  it('entry.grade starts runs on grade_changed from/to', async () => {
    await h.publish(aJourney().entryGrade(['VIP'], ['Gold']).update({ welcomed: true }));
    await h.track('up', 'grade_changed', { from: 'Gold', to: 'VIP' });
    await h.track('jump', 'grade_changed', { from: 'Basic', to: 'VIP' });
    await h.track('down', 'grade_changed', { from: 'VIP', to: 'Gold' });
    expect(await h.runs('up')).toHaveLength(1);
    expect(await h.runs('jump')).toHaveLength(0);
    expect(await h.runs('down')).toHaveLength(0);
    expect((await h.trace('up')).join('\n')).toContain('grade changed Gold → VIP');
  });

  it('entry.schedule fires by cron in the journey timezone for customers meeting its condition', async () => {
    await h.customer('vip', { grade: 'VIP' });
    await h.customer('basic', { grade: 'Basic' });
    await h.publish(
      aJourney()
        .entrySchedule({ cron: '0 9 * * *', condition: { attribute: 'grade', op: 'eq', value: 'VIP' } })
        .update({ daily: true }),
    );
    await fireSchedules(h.engine);
    expect(await h.runs()).toHaveLength(0);
    h.clock.set('2026-03-03T00:00:00.000Z'); // 09:00 KST next day
    expect(await fireSchedules(h.engine)).toBe(1);
    expect(await h.runs('vip')).toHaveLength(1);
    expect(await fireSchedules(h.engine)).toBe(0);
  });

  it.each([
    // Every minute of Sundays (7 = Sunday): the first fire is Sunday 2026-03-08 00:00 KST.
    ['* * * * */7', '2026-03-07T15:00:00.000Z', '2026-03-07T15:01:00.000Z'],
    // Every day 09:00 KST, Monday to Sunday: Tuesday 2026-03-03 is next.
    ['0 9 * * 1-7', '2026-03-03T00:00:00.000Z', '2026-03-04T00:00:00.000Z'],
  ])('entry.schedule "%s" publishes without hanging and fires', async (cron, first, second) => {
    await h.customer('vip', { grade: 'VIP' });
    const started = performance.now();
    await h.publish(
      aJourney()
        .entrySchedule({ cron, condition: { attribute: 'grade', op: 'eq', value: 'VIP' } })
        .update({ scheduled: true }),
    );
    expect(performance.now() - started).toBeLessThan(5000);
    const next = async () =>
      (await h.sql.query<{ next_fire_at: Date }>('select next_fire_at from schedules'))[0]?.next_fire_at;
    expect(new Date((await next())!).toISOString()).toBe(first);
    h.clock.set(first);
    expect(await fireSchedules(h.engine)).toBe(1);
    expect(new Date((await next())!).toISOString()).toBe(second);
  });

  it('entry.segment: segment entries start runs; a plain upsert leaves membership to the audience area', async () => {
    const { enterSegment } = await import('@journeyflow/engine/ingest/enterSegment');
    await h.publish(aJourney().entrySegment('seg_vip').update({ hello: true }));
    await h.customer('c', { grade: 'VIP' });
    expect(await h.runs('c')).toHaveLength(0);
    const [row] = await h.sql.query<{ id: string }>(`select id from customers where external_id = 'c'`);
    expect(
      await enterSegment(h.engine, {
        workspaceId: h.workspaceId,
        segmentId: 'seg_vip',
        customerIds: [row!.id],
      }),
    ).toBe(1);
    expect(
      await enterSegment(h.engine, {
        workspaceId: h.workspaceId,
        segmentId: 'seg_vip',
        customerIds: [row!.id],
      }),
    ).toBe(0);
    expect((await h.runs('c'))[0]?.status).toBe('completed');
  });

  it('includeExisting enrolls everyone already in the segment at publish', async () => {
    await h.sql.query('truncate segments, segment_members');
    await h.customer('m1');
    await h.customer('m2');
    await h.customer('outsider');
    await h.sql.query(
      `insert into segments (id, workspace_id, name, type) values ('seg_static', $1, 'Imported', 'static')`,
      [h.workspaceId],
    );
    await h.sql.query(
      `insert into segment_members (segment_id, customer_id, workspace_id)
       select 'seg_static', id, workspace_id from customers where external_id in ('m1', 'm2')`,
    );
    await h.publish(aJourney().entrySegment('seg_static', true).update({ enrolled: true }));
    expect((await h.runs()).length).toBe(2);
    expect(await h.runs('outsider')).toHaveLength(0);
  });
});
