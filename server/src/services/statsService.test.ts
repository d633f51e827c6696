import { ingestEvents } from '@journeyflow/engine/ingest/ingestEvents';
import { createFakeClock } from '@journeyflow/engine/ports/fakeClock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import { createEngine, type Engine } from '@journeyflow/engine/runtime/engine';
import { stepDueRuns } from '@journeyflow/engine/runtime/stepDueRuns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../db/testDatabase';
import { publishTestVersion } from '../db/testVersions';
import { journeyStats } from './statsService';

const WS = 'ws_stats';
const HOUR = 3600;

/** signed_up → wait for a purchase (up to 2 days) → exit. */
const graph = {
  nodes: [
    { id: 'entry', type: 'entry.event', position: { x: 0, y: 0 }, settings: { event: 'signed_up' } },
    {
      id: 'wait',
      type: 'wait.event',
      position: { x: 0, y: 100 },
      settings: { event: 'purchase', timeoutSeconds: 2 * 86_400 },
    },
    { id: 'done', type: 'exit', position: { x: 0, y: 200 }, settings: {} },
  ],
  edges: [
    { id: 'e1', source: 'entry', sourceHandle: 'next', target: 'wait' },
    { id: 'e2', source: 'wait', sourceHandle: 'matched', target: 'done' },
    { id: 'e3', source: 'wait', sourceHandle: 'timeout', target: 'done' },
  ],
};

describe.each(databaseKinds)('journey stats on %s', (kind) => {
  let db: TestDatabase;
  let engine: Engine;
  const clock = createFakeClock('2026-03-02T00:00:00.000Z');

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await db.sql.query(`insert into workspaces (id, name) values ($1, 'Stats')`, [WS]);
    engine = await createEngine({ db: db.sql, clock, logger: silentLogger, ids: randomIds });
    await publishTestVersion(engine, {
      workspaceId: WS,
      journeyId: 'jrn_stats',
      versionId: 'jrn_stats_v1',
      version: 1,
      graph: graph as never,
      settings: {} as never,
    });
  }, 60_000);
  afterAll(() => db?.dispose());

  const track = async (externalId: string, name: string) => {
    await ingestEvents(engine, WS, [{ externalId, name, timestamp: clock.now().toISOString() }]);
    await stepDueRuns(engine);
  };

  it('reports per-node time-in-node percentiles over finished visits, on the fake clock', async () => {
    // Eleven customers enter together; customer i buys i hours later, the last one never does.
    const customers = Array.from({ length: 11 }, (_, i) => `c${i + 1}`);
    for (const c of customers) await track(c, 'signed_up');
    for (let i = 1; i <= 10; i++) {
      clock.advance(HOUR);
      await track(`c${i}`, 'purchase');
    }

    const stats = await journeyStats(db.sql, WS, 'jrn_stats');
    expect(stats).toMatchObject({ entered: 11, active: 1 });
    expect(stats.nodes.wait).toMatchObject({ entered: 11, active: 1, completed: 10 });
    // Ten finished waits of 1 h … 10 h; percentile_cont interpolates between neighbours.
    const wait = stats.nodes.wait?.timeInNode;
    expect(wait?.p50).toBeCloseTo(5.5 * HOUR, 6);
    expect(wait?.p90).toBeCloseTo(9.1 * HOUR, 6);
    expect(wait?.p99).toBeCloseTo(9.91 * HOUR, 6);
    // The entry and the exit are passed through in the same step.
    expect(stats.nodes.entry?.timeInNode).toEqual({ p50: 0, p90: 0, p99: 0 });
    expect(stats.nodes.done?.timeInNode).toEqual({ p50: 0, p90: 0, p99: 0 });
  });

  it('counts a visit once it finishes: the timed-out customer joins the percentiles', async () => {
    const before = await journeyStats(db.sql, WS, 'jrn_stats');
    expect(before.nodes.wait?.timeInNode?.p99).toBeCloseTo(9.91 * HOUR, 6);
    // The eleventh customer times out 48 h after entering (38 h after the last purchase above).
    clock.advance(38 * HOUR);
    await stepDueRuns(engine);
    const after = await journeyStats(db.sql, WS, 'jrn_stats');
    expect(after.nodes.wait).toMatchObject({ active: 0, completed: 11 });
    expect(after.nodes.wait?.timeInNode?.p50).toBeCloseTo(6 * HOUR, 6);
    expect(after.nodes.wait?.timeInNode?.p99).toBeCloseTo((10 + 0.9 * 38) * HOUR, 6);

    const empty = await journeyStats(db.sql, WS, 'jrn_unknown');
    expect(empty).toEqual({ nodes: {}, entered: 0, active: 0, converted: 0, refused: {} });
  });
});
