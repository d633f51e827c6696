import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../db/testDatabase';
import { refreshAllSegments } from './refreshSegment';
import { createSegment } from './segmentStore';

const WS = 'ws_refresh';
const CUSTOMERS = 200_000;

describe.each(databaseKinds)('full segment refresh on %s', (kind) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await db.sql.query(`insert into workspaces (id, name) values ($1, 'Refresh')`, [WS]);
  }, 60_000);
  afterAll(() => db?.dispose());

  it('reports every entry of a large workspace (more transitions than fit in one call’s arguments)', async () => {
    const now = new Date('2026-03-01T00:00:00.000Z');
    const segment = await createSegment(
      db.sql,
      WS,
      { name: 'Seoul', condition: { attribute: 'city', op: 'eq', value: 'Seoul' } },
      { now },
    );
    await db.sql.query(
      `insert into customers (id, workspace_id, external_id, attributes)
       select 'cr_' || g, $1, 'cr-' || g, jsonb_build_object('city', 'Seoul') from generate_series(1, $2::int) g`,
      [WS, CUSTOMERS],
    );
    const transitions = await refreshAllSegments(db.sql, { now, workspaceId: WS });
    expect(transitions).toHaveLength(CUSTOMERS);
    expect(transitions.every((t) => t.segmentId === segment.id && t.kind === 'entered')).toBe(true);
    const [row] = await db.sql.query<{ n: number }>('select member_count as n from segments where id = $1', [
      segment.id,
    ]);
    expect(row?.n).toBe(CUSTOMERS);
  }, 120_000);
});
