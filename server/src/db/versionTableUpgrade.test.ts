import { ingestEvents } from '@journeyflow/engine/ingest/ingestEvents';
import { createFakeClock } from '@journeyflow/engine/ports/fakeClock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { createEngine } from '@journeyflow/engine/runtime/engine';
import { stepDueRuns } from '@journeyflow/engine/runtime/stepDueRuns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database';
import { buildOlderDatabase, migrationsBefore, type OlderDatabase } from './olderDatabase';
import { databaseKinds } from './testDatabase';

// Upgrading a database of the release before the one version table (migration version-table): versions
// were stored twice, the engine ran its copy in engine_versions. A live journey with waiting runs (one kept
// on the retired v1, one on the live v2, one on a version only engine_versions held) must keep running.

const T0 = '2026-03-02T03:00:00.000Z';
const graph = JSON.stringify({
  nodes: [
    { id: 'entry', type: 'entry.event', position: { x: 0, y: 100 }, settings: { event: 'signed_up' } },
    { id: 'w', type: 'wait.duration', position: { x: 0, y: 200 }, settings: { seconds: 3600 } },
    { id: 'done', type: 'update', position: { x: 0, y: 300 }, settings: { set: { welcomed: true } } },
  ],
  edges: [
    { id: 'e1', source: 'entry', sourceHandle: 'next', target: 'w' },
    { id: 'e2', source: 'w', sourceHandle: 'next', target: 'done' },
  ],
});
const settings = '{"timezone":"Asia/Seoul"}';

/** What the previous release's publish left behind: both version tables, and runs waiting in them. */
const seedPreviousRelease = async (sql: SqlClient) => {
  await sql.query(`insert into workspaces (id, name) values ('ws_prev', 'Prev shop')`);
  await sql.query(
    `insert into journeys (id, workspace_id, name, graph, settings, content_hash, status, draft_status, live_version,
                           live_version_id)
     values ('jny_prev', 'ws_prev', 'Welcome', $1::jsonb, $2::jsonb, 'h2', 'live', 'draft', 2, 'ver_prev2'),
            ('jny_hand', 'ws_prev', 'By hand', $1::jsonb, $2::jsonb, 'h', 'live', 'draft', null, null)`,
    [graph, settings],
  );
  await sql.query(
    `insert into journey_versions (id, workspace_id, journey_id, version, name, graph, settings, content_hash,
                                   approval_id, migration)
     values ('ver_prev1', 'ws_prev', 'jny_prev', 1, 'Welcome', $1::jsonb, $2::jsonb, 'h1', 'apr_1', '{"mode":"keep_on_old"}'),
            ('ver_prev2', 'ws_prev', 'jny_prev', 2, 'Welcome', $1::jsonb, $2::jsonb, 'h2', 'apr_2', '{"mode":"keep_on_old"}')`,
    [graph, settings],
  );
  await sql.query(
    `insert into engine_versions (version_id, workspace_id, journey_id, version, graph, settings, status, updated_at)
     values ('ver_prev1', 'ws_prev', 'jny_prev', 1, $1::jsonb, $2::jsonb, 'retired', $3::timestamptz),
            ('ver_prev2', 'ws_prev', 'jny_prev', 2, $1::jsonb, $2::jsonb, 'live', $3::timestamptz),
            ('ver_hand', 'ws_prev', 'jny_hand', 1, $1::jsonb, $2::jsonb, 'live', $3::timestamptz)`,
    [graph, settings, T0],
  );
  await sql.query(
    `insert into customers (id, workspace_id, external_id)
     values ('cus_1', 'ws_prev', 'c-1'), ('cus_2', 'ws_prev', 'c-2'), ('cus_3', 'ws_prev', 'c-3'),
            ('cus_4', 'ws_prev', 'c-4')`,
  );
  const runs: [string, string, string, number, string][] = [
    ['run_v1', 'jny_prev', 'ver_prev1', 1, 'cus_1'],
    ['run_v2', 'jny_prev', 'ver_prev2', 2, 'cus_2'],
    ['run_hand', 'jny_hand', 'ver_hand', 1, 'cus_3'],
  ];
  for (const [id, journey, version, number, customer] of runs) {
    await sql.query(
      `insert into runs (id, workspace_id, journey_id, version, version_id, customer_id, entry_key, status,
                         current_node, visits, wake_at, bucket, snapshot, entered_at, node_entered_at, updated_at)
       values ($1, 'ws_prev', $2, $3, $4, $5, $1, 'waiting', 'w', '{"entry":1,"w":1}'::jsonb,
               $6::timestamptz + interval '1 hour', 7, '{"seq":2,"node":"w"}'::jsonb, $6::timestamptz,
               $6::timestamptz, $6::timestamptz)`,
      [id, journey, number, version, customer, T0],
    );
  }
};

describe.each(databaseKinds)('upgrading a database with two version tables on %s', (kind) => {
  let old: OlderDatabase<void>;
  let db: Database;

  beforeAll(async () => {
    old = await buildOlderDatabase(kind, migrationsBefore('_version-table'), seedPreviousRelease);
    db = await old.open();
  });
  afterAll(async () => {
    await db?.close();
    await old?.dispose();
  });

  it('moves the engine state into journey_versions and keeps engine_versions untouched', async () => {
    const versions = await db.sql.query(
      `select id, journey_id, version, status, enroll_pending, name, content_hash
         from journey_versions order by id`,
    );
    expect(versions).toEqual([
      expect.objectContaining({
        id: 'ver_hand',
        journey_id: 'jny_hand',
        version: 1,
        status: 'live',
        name: 'By hand',
      }),
      expect.objectContaining({
        id: 'ver_prev1',
        status: 'retired',
        content_hash: 'h1',
        enroll_pending: false,
      }),
      expect.objectContaining({ id: 'ver_prev2', status: 'live', content_hash: 'h2' }),
    ]);
    const legacy = await db.sql.query('select version_id, status from engine_versions order by version_id');
    expect(legacy).toEqual([
      { version_id: 'ver_hand', status: 'live' },
      { version_id: 'ver_prev1', status: 'retired' },
      { version_id: 'ver_prev2', status: 'live' },
    ]);
  });

  it('steps the waiting runs of every version and enters new customers into the live one', async () => {
    const clock = createFakeClock(T0);
    const engine = await createEngine({ db: db.sql, clock, logger: silentLogger, ids: randomIds });
    // The engine no longer reads engine_versions: a stale legacy row must not matter.
    await db.sql.query(`update engine_versions set status = 'archived', graph = '{"nodes":"x"}'::jsonb`);
    await ingestEvents(engine, 'ws_prev', [{ externalId: 'c-4', name: 'signed_up', properties: {} }]);
    clock.advance(2 * 3600);
    await stepDueRuns(engine);
    const runs = await db.sql.query<{ customer_id: string; version_id: string; status: string }>(
      'select customer_id, version_id, status from runs order by customer_id, version_id',
    );
    expect(runs).toEqual([
      { customer_id: 'cus_1', version_id: 'ver_prev1', status: 'completed' },
      { customer_id: 'cus_2', version_id: 'ver_prev2', status: 'completed' },
      { customer_id: 'cus_3', version_id: 'ver_hand', status: 'completed' },
      { customer_id: 'cus_4', version_id: 'ver_hand', status: 'completed' },
      { customer_id: 'cus_4', version_id: 'ver_prev2', status: 'completed' },
    ]);
  });
});
