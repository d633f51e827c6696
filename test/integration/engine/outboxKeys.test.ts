import { flushWrites } from '@journeyflow/engine/runtime/flushWrites';
import { type OutboxRow, StepWrites } from '@journeyflow/engine/step/stepWrites';
import { databaseKinds, openTestDatabase, type TestDatabase } from '@journeyflow/server/db/testDatabase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const now = new Date('2026-03-10T09:00:00Z');

const outboxRow = (id: string, key: string): OutboxRow => ({
  id,
  workspaceId: 'ws_keys',
  journeyId: 'jr_keys',
  journeyVersion: 1,
  runId: `run_${id}`,
  nodeId: 'send',
  visit: 1,
  idempotencyKey: key,
  customerId: 'cus_keys',
  externalId: 'ext_keys',
  channel: 'sms',
  purpose: 'info',
  status: 'queued',
  content: { text: 'hi' },
  rendered: { text: 'hi' },
  fallback: null,
  reason: null,
  nextAttemptAt: now,
  createdAt: now,
});

const plainInsert = `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit,
   idempotency_key, customer_id, external_id, channel, purpose, status, content, rendered, attempts, created_at, updated_at)
   values ($1, 'ws_keys', 'jr_keys', 1, 'run_x', 'send', 1, $2, 'cus_keys', 'ext_keys', 'sms', 'info', 'queued', '{}', '{}',
   0, $3, $3)`;

const outboxIds = async (db: TestDatabase) =>
  (
    await db.sql.query<{ id: string }>(`select id from outbox where workspace_id = 'ws_keys' order by id`)
  ).map((r) => r.id);

describe.each(databaseKinds)('step outbox keys claimed set-based (%s)', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.dispose());

  it('the per-row key trigger stands aside only while the step flush says it claimed the keys', async () => {
    const rows = await db.sql.query<{ def: string }>(
      `select pg_get_triggerdef(t.oid) as def from pg_trigger t join pg_class c on c.oid = t.tgrelid
       where c.relname = 'outbox' and t.tgname = 'outbox_claim_key'`,
    );
    expect(rows[0]?.def).toContain('journeyflow.outbox_keys_claimed');
  });

  it('a taken key or a key twice in one batch writes one row, and later inserts still claim keys', async () => {
    await db.sql.query(`insert into outbox_keys (workspace_id, idempotency_key) values ('ws_keys', 'taken')`);
    const writes = new StepWrites();
    writes.outbox.push(outboxRow('msg_a', 'taken'), outboxRow('msg_b', 'fresh'), outboxRow('msg_c', 'fresh'));
    await db.sql.transaction(async (tx) => {
      await flushWrites(tx, writes, now);
      // A later insert of the same transaction goes through the trigger again: the taken key skips it.
      await tx.query(plainInsert, ['msg_z', 'fresh', now.toISOString()]);
    });
    const written = await outboxIds(db);
    expect(written).toHaveLength(1);
    expect(['msg_b', 'msg_c']).toContain(written[0]);
    const keys = await db.sql.query<{ k: string }>(
      `select idempotency_key as k from outbox_keys where workspace_id = 'ws_keys' order by 1`,
    );
    expect(keys.map((r) => r.k)).toEqual(['fresh', 'taken']);

    // Another batch with the same key (a run stepped again after a lost commit) writes nothing.
    const again = new StepWrites();
    again.outbox.push(outboxRow('msg_d', 'fresh'));
    await db.sql.transaction((tx) => flushWrites(tx, again, now));
    expect(await outboxIds(db)).toEqual(written);

    // A plain insert (delivery failure, test send) still goes through the trigger: a taken key is skipped.
    await db.sql.query(plainInsert, ['msg_e', 'fresh', now.toISOString()]);
    expect(await outboxIds(db)).toEqual(written);
  });
});
