import { customerBatch } from '@journeyflow/engine/step/customerBatch';
import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EngineHarness } from './support/engineHarness';

describe.each(databaseKinds)('customerBatch on %s', (kind) => {
  let h: EngineHarness;
  beforeAll(async () => {
    h = await EngineHarness.open(kind);
    for (const externalId of ['a', 'b', 'c', 'd', 'e']) await h.customer(externalId, { grade: 'VIP' });
    await h.sql.query(
      `insert into customers (id, workspace_id, external_id) values ('cus_other', 'ws_other', 'other')`,
    );
    // A static segment whose members are b and d.
    await h.sql.query(
      `with segment as (
         insert into segments (id, workspace_id, name, type) values ('seg_b_d', $1, 'b and d', 'static') returning id
       )
       insert into segment_members (segment_id, customer_id, workspace_id)
       select segment.id, c.id, c.workspace_id from segment, customers c where c.external_id in ('b', 'd')`,
      [h.workspaceId],
    );
  });
  afterAll(() => h?.dispose());

  const walk = async (segmentId: string | null, limit: number) => {
    const batches: string[][] = [];
    let afterId = '';
    for (;;) {
      const batch = await customerBatch(h.sql, { workspaceId: h.workspaceId, segmentId, afterId, limit });
      if (batch.length === 0) return batches;
      batches.push(batch.map((customer) => customer.externalId));
      afterId = batch[batch.length - 1]!.id;
    }
  };

  it("walks the workspace's customers in id order, `limit` at a time, each once", async () => {
    const batches = await walk(null, 2);
    expect(batches.map((batch) => batch.length)).toEqual([2, 2, 1]);
    expect(batches.flat().sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it("with a segment, only that segment's members, as full customer records", async () => {
    const batch = await customerBatch(h.sql, {
      workspaceId: h.workspaceId,
      segmentId: 'seg_b_d',
      afterId: '',
      limit: 10,
    });
    expect(batch.map((customer) => customer.externalId).sort()).toEqual(['b', 'd']);
    expect(
      batch.every((customer) => customer.grade === 'VIP' && customer.workspaceId === h.workspaceId),
    ).toBe(true);
  });
});
