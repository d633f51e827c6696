import { createFakeClock } from '@journeyflow/engine/ports/fakeClock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import { createEngine } from '@journeyflow/engine/runtime/engine';
import { exampleGradeTiers } from '@journeyflow/shared/audience/gradeTiers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../db/testDatabase';
import { useTestDatabase } from '../../testing/useTestDatabase';
import { type AudienceIngestion, createAudienceIngestion } from './audienceIngestion';
import { eraseCustomer } from './eraseCustomer';
import { saveGradeTiers } from './gradeTierStore';
import { previewCondition } from './previewCondition';
import { runAudienceJobs } from './runAudienceJobs';
import { createSegment } from './segmentStore';
import { tickAudienceSchedule } from './startAudienceScheduler';
import { updateSegmentMembership } from './updateSegmentMembership';

const WS = 'ws_life';
const DAY = 86_400;

describe.each(databaseKinds)('audience lifecycle on %s', (kind) => {
  let db: TestDatabase;
  let ingestion: AudienceIngestion;
  const clock = createFakeClock('2026-03-01T00:00:00.000Z');

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await db.sql.query(`insert into workspaces (id, name) values ($1, 'Life')`, [WS]);
    const engine = await createEngine({ db: db.sql, clock, logger: silentLogger, ids: randomIds });
    ingestion = createAudienceIngestion(engine);
    await saveGradeTiers(db.sql, WS, exampleGradeTiers.tiers);
  }, 60_000);
  afterAll(() => db?.dispose());

  const gradeEvents = (externalId: string) =>
    db.sql.query<{ properties: { from: string | null; to: string | null } }>(
      `select e.properties from events e join customers c on c.id = e.customer_id
        where c.external_id = $1 and e.name = 'grade_changed' order by e.ts, e.received_at`,
      [externalId],
    );
  const customer = async (externalId: string) =>
    (
      await db.sql.query<{ grade: string | null; frequency_90d: number; monetary_90d: number }>(
        'select grade, frequency_90d, monetary_90d from customers where workspace_id = $1 and external_id = $2',
        [WS, externalId],
      )
    )[0];
  const purchase = (externalId: string, amount: number, messageId: string) =>
    ingestion.ingest(WS, [
      {
        externalId,
        name: 'purchase',
        properties: { amount, currency: 'KRW' },
        timestamp: clock.now().toISOString(),
        messageId,
      },
    ]);

  it('keeps RFM on purchases and moves grades with history and grade_changed events', async () => {
    await purchase('buyer', 600_000, 'p1');
    expect(await customer('buyer')).toMatchObject({ grade: 'Gold', frequency_90d: 1, monetary_90d: 600_000 });
    // A repeated messageId is one purchase, not two.
    await purchase('buyer', 600_000, 'p1');
    expect(await customer('buyer')).toMatchObject({ frequency_90d: 1 });
    clock.advance(DAY);
    await purchase('buyer', 500_000, 'p2');
    expect(await customer('buyer')).toMatchObject({
      grade: 'VIP',
      frequency_90d: 2,
      monetary_90d: 1_100_000,
    });
    // A purchase in another currency does not count towards the KRW total.
    await ingestion.ingest(WS, [
      {
        externalId: 'buyer',
        name: 'purchase',
        properties: { amount: 99, currency: 'USD' },
        messageId: 'p-usd',
      },
    ]);
    expect(await customer('buyer')).toMatchObject({
      grade: 'VIP',
      frequency_90d: 3,
      monetary_90d: 1_100_000,
    });
    expect((await gradeEvents('buyer')).map((e) => e.properties)).toEqual([
      { from: null, to: 'Gold' },
      { from: 'Gold', to: 'VIP' },
    ]);
    const history = await db.sql.query<{ from_grade: string | null; to_grade: string; reason: string }>(
      `select h.from_grade, h.to_grade, h.reason from grade_history h join customers c on c.id = h.customer_id
        where c.external_id = 'buyer' order by h.changed_at`,
    );
    expect(history).toEqual([
      { from_grade: null, to_grade: 'Gold', reason: 'purchase' },
      { from_grade: 'Gold', to_grade: 'VIP', reason: 'purchase' },
    ]);
  });

  it('the nightly job ages purchases out of the 90-day window and marks long-silent customers dormant', async () => {
    clock.advance(100 * DAY);
    const effects = { emit: ingestion.emit, enterSegment: ingestion.enterSegment };
    const report = await runAudienceJobs(db.sql, effects, clock.now());
    expect(report.gradeChanges).toBeGreaterThanOrEqual(1);
    expect(await customer('buyer')).toMatchObject({ grade: 'Bronze', frequency_90d: 0, monetary_90d: 0 });
    clock.advance(90 * DAY);
    await runAudienceJobs(db.sql, effects, clock.now());
    expect(await customer('buyer')).toMatchObject({ grade: 'Dormant' });
    // Running the job again the same night changes nothing and emits nothing new.
    const again = await runAudienceJobs(db.sql, effects, clock.now());
    expect(again.gradeChanges).toBe(0);
    expect((await gradeEvents('buyer')).map((e) => e.properties.to)).toEqual([
      'Gold',
      'VIP',
      'Bronze',
      'Dormant',
    ]);
  });

  it('emits consent_expiring once, 30 days before two years; expired consent no longer counts', async () => {
    const now = clock.now();
    const daysAgo = (days: number) => new Date(now.getTime() - days * DAY * 1000).toISOString().slice(0, 10);
    await ingestion.identify(WS, [
      { externalId: 'renewing', consent: { sms: daysAgo(720), email: daysAgo(100) } },
      { externalId: 'lapsed', consent: { sms: daysAgo(731) } },
    ]);
    const effects = { emit: ingestion.emit, enterSegment: ingestion.enterSegment };
    await runAudienceJobs(db.sql, effects, now);
    await runAudienceJobs(db.sql, effects, now);
    const expiring = await db.sql.query<{ external_id: string; properties: Record<string, string> }>(
      `select c.external_id, e.properties from events e join customers c on c.id = e.customer_id
        where e.workspace_id = $1 and e.name = 'consent_expiring'`,
      [WS],
    );
    expect(expiring).toHaveLength(1);
    expect(expiring[0]).toMatchObject({ external_id: 'renewing', properties: { channel: 'sms' } });
    const withSms = await previewCondition(db.sql, {
      workspaceId: WS,
      condition: { attribute: 'consent.sms', op: 'exists' },
      now,
    });
    expect(withSms.sample.map((c) => c.externalId)).toEqual(['renewing']);
  });

  it('reports segment enter and exit incrementally', async () => {
    const segment = await createSegment(
      db.sql,
      WS,
      { name: 'Big spenders', condition: { attribute: 'rfm.monetary_90d', op: 'gte', value: 100_000 } },
      { now: clock.now() },
    );
    await purchase('spender', 150_000, 'sp1');
    const rows = await db.sql.query<{ id: string }>(`select id from customers where external_id = 'spender'`);
    const id = rows[0]!.id;
    // trackEvents already ran the membership update: a second run reports nothing new.
    expect(await updateSegmentMembership(db.sql, WS, [id], { now: clock.now() })).toEqual([]);
    const members = await db.sql.query(
      'select 1 from segment_members where segment_id = $1 and customer_id = $2',
      [segment.id, id],
    );
    expect(members).toHaveLength(1);
    const memberCount = async () =>
      (
        await db.sql.query<{ n: number }>('select member_count as n from segments where id = $1', [
          segment.id,
        ])
      )[0]?.n;
    expect(await memberCount()).toBe(1);
    clock.advance(91 * DAY);
    await db.sql.query('update customers set monetary_90d = 0 where id = $1', [id]);
    expect(await updateSegmentMembership(db.sql, WS, [id], { now: clock.now() })).toEqual([
      { segmentId: segment.id, customerId: id, kind: 'exited' },
    ]);
    expect(await memberCount()).toBe(0);
    expect(await updateSegmentMembership(db.sql, WS, [id], { now: clock.now() })).toEqual([]);
  });

  it('erases a customer: profile, events, memberships and history gone, runs ended, messages scrubbed', async () => {
    const [{ id }] = (await db.sql.query<{ id: string }>(
      `select id from customers where external_id = 'buyer'`,
    )) as [{ id: string }];
    const at = clock.now().toISOString();
    await db.sql.query(
      `insert into runs (id, workspace_id, journey_id, version, version_id, customer_id, entry_key, status, current_node,
         bucket, snapshot, entered_at, node_entered_at, updated_at, wake_at)
       values ('run_erase', $1, 'jrn_x', 1, 'jver_x', $2, 'k', 'waiting', 'wait', 0, '{}'::jsonb, $3, $3, $3, $3)`,
      [WS, id, at],
    );
    const result = await eraseCustomer(db.sql, WS, 'buyer', clock.now());
    expect(result).toMatchObject({ erased: true, runsEnded: 1 });
    expect(result.events).toBeGreaterThanOrEqual(4);
    for (const table of ['customers', 'events', 'segment_members', 'grade_history']) {
      const column = table === 'customers' ? 'id' : 'customer_id';
      expect(await db.sql.query(`select 1 from ${table} where ${column} = $1`, [id])).toHaveLength(0);
    }
    const [run] = await db.sql.query<{ status: string; wake_at: Date | null }>(
      `select status, wake_at from runs where id = 'run_erase'`,
    );
    expect(run).toEqual({ status: 'exited', wake_at: null });
    await expect(eraseCustomer(db.sql, WS, 'buyer', clock.now())).rejects.toThrow('not found');
  });
});

describe.each(databaseKinds)('audience schedule on %s', (kind) => {
  const h = useTestDatabase(kind);

  it('runs the hourly segment refresh and the nightly job once per slot, across processes', async () => {
    const clock = createFakeClock('2026-03-01T17:30:00.000Z');
    const effects = { emit: async () => undefined, enterSegment: async () => undefined };
    const options = { sql: h.db.sql, effects, clock, logger: silentLogger };
    expect(await tickAudienceSchedule(options)).toEqual(['segments:2026-03-01T17']);
    // A second process ticking in the same hour finds the slot taken.
    expect(await tickAudienceSchedule(options)).toEqual([]);
    clock.advance(3600);
    expect(await tickAudienceSchedule(options)).toEqual(['segments:2026-03-01T18', 'nightly:2026-03-01']);
    clock.advance(600);
    expect(await tickAudienceSchedule(options)).toEqual([]);
  });
});
