import { createFakeClock } from '@journeyflow/engine/ports/fakeClock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { createEngine } from '@journeyflow/engine/runtime/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../db/testDatabase';
import { type AudienceIngestion, createAudienceIngestion } from './audienceIngestion';
import { runAudienceJobs } from './runAudienceJobs';
import { createSegment, getSegment, listSegments } from './segmentStore';
import { tickAudienceSchedule } from './startAudienceScheduler';

// Workspace ids sort so the broken one is refreshed first: before, its failure ended the loop.
const BROKEN = 'ws_a_broken';
const HEALTHY = 'ws_b_healthy';

describe.each(databaseKinds)('per-workspace isolation of audience jobs on %s', (kind) => {
  let db: TestDatabase;
  let ingestion: AudienceIngestion;
  const clock = createFakeClock('2026-03-01T19:00:00.000Z');
  const errors: { workspaceId: string; segmentId?: string }[] = [];
  const logger = {
    debug() {},
    info() {},
    warn() {},
    error(_message: string, fields?: Record<string, unknown>) {
      errors.push(fields as { workspaceId: string; segmentId?: string });
    },
  };

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    for (const id of [BROKEN, HEALTHY])
      await db.sql.query(`insert into workspaces (id, name) values ($1, $1)`, [id]);
    const engine = await createEngine({ db: db.sql, clock, logger, ids: randomIds });
    ingestion = createAudienceIngestion(engine);
    for (const ws of [BROKEN, HEALTHY])
      await ingestion.identify(ws, [{ externalId: 'kim', attributes: { city: 'Seoul' } }]);
  }, 60_000);
  afterAll(() => db?.dispose());

  const seoul = (ws: string, id: string) =>
    createSegment(
      db.sql,
      ws,
      { name: id, condition: { attribute: 'city', op: 'eq', value: 'Seoul' } },
      { now: clock.now(), id },
    );

  it('one broken segment is recorded on its row; its workspace and the next one are still refreshed', async () => {
    await seoul(BROKEN, 'seg_a_good');
    await seoul(HEALTHY, 'seg_b_good');
    // A row no save would accept today (written before validation existed): compiling it throws.
    await db.sql.query(
      `insert into segments (id, workspace_id, name, type, condition) values ('seg_a_0bad', $1, 'bad', 'dynamic', '{"bogus": 1}'::jsonb)`,
      [BROKEN],
    );
    const ran = await tickAudienceSchedule({
      sql: db.sql,
      effects: ingestion,
      clock,
      logger,
      nightlyHourUtc: 18,
    });
    expect(ran).toHaveLength(2);
    for (const [ws, id] of [
      [BROKEN, 'seg_a_good'],
      [HEALTHY, 'seg_b_good'],
    ] as const) {
      expect(await getSegment(db.sql, ws, id)).toMatchObject({ count: 1, lastError: null, failedAt: null });
    }
    const broken = (await listSegments(db.sql, BROKEN)).find((s) => s.id === 'seg_a_0bad');
    expect(broken?.lastError).toEqual(expect.any(String));
    expect(broken?.failedAt).toBe(clock.now().toISOString());
    expect(errors).toContainEqual(expect.objectContaining({ workspaceId: BROKEN, segmentId: 'seg_a_0bad' }));
    expect(errors.some((e) => e.workspaceId === HEALTHY)).toBe(false);
  });

  it('events keep the other segments of a workspace with a broken one in step', async () => {
    await ingestion.identify(BROKEN, [{ externalId: 'lee', attributes: { city: 'Seoul' } }]);
    expect(await getSegment(db.sql, BROKEN, 'seg_a_good')).toMatchObject({ count: 2 });
  });

  it('the nightly job reports a failing workspace and finishes the others', async () => {
    await db.sql.query(`update segments set member_count = 0 where workspace_id = $1`, [HEALTHY]);
    // Breaking emission for one workspace only: its grade/consent effects throw.
    const effects = {
      emit: ingestion.emit,
      enterSegment: async (ws: string, segmentId: string, ids: readonly string[]) => {
        if (ws === BROKEN) throw new Error('engine unavailable');
        return ingestion.enterSegment(ws, segmentId, ids);
      },
    };
    await db.sql.query(`delete from segment_members where workspace_id = $1`, [BROKEN]);
    const failures: string[] = [];
    const report = await runAudienceJobs(db.sql, effects, clock.now(), {
      onError: (failure) => failures.push(failure.workspaceId),
    });
    expect(report.failedWorkspaces).toBe(1);
    expect(failures).toContain(BROKEN);
    expect(await getSegment(db.sql, HEALTHY, 'seg_b_good')).toMatchObject({ count: 1 });
  });
});
