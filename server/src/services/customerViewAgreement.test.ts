import { exampleGradeTiers } from '@journeyflow/shared/audience/gradeTiers';
import type { Condition } from '@journeyflow/shared/journey/condition';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { createEngineTestApp } from '../testing/createEngineTestApp';
import { createTestApp, type TestApp, type TestClient } from '../testing/createTestApp';

const DAY = 86_400_000;

/** One condition per built-in path the issue names; the journey chains them so each node's handle is its answer. */
const checks: readonly { id: string; condition: Condition }[] = [
  { id: 'monetary', condition: { attribute: 'rfm.monetary_90d', op: 'gte', value: 100_000 } },
  { id: 'frequency', condition: { attribute: 'rfm.frequency_90d', op: 'gte', value: 2 } },
  { id: 'recent', condition: { attribute: 'rfm.recency_days', op: 'lte', value: 3 } },
  { id: 'today', condition: { attribute: 'rfm.recency_days', op: 'eq', value: 0 } },
  { id: 'gold', condition: { attribute: 'grade', op: 'eq', value: 'Gold' } },
  { id: 'sms', condition: { attribute: 'consent.sms', op: 'exists' } },
  { id: 'seoul', condition: { attribute: 'timezone', op: 'eq', value: 'Asia/Seoul' } },
];

const chainGraph = () => {
  const nodes: Record<string, unknown>[] = [
    { id: 'entry', type: 'entry.event', position: { x: 0, y: 0 }, settings: { event: 'checked_in' } },
  ];
  const edges: Record<string, unknown>[] = [];
  let previous = { id: 'entry', handles: ['next'] };
  checks.forEach((check, i) => {
    nodes.push({
      id: check.id,
      type: 'condition',
      position: { x: 0, y: 100 * (i + 1) },
      settings: { condition: check.condition },
    });
    for (const handle of previous.handles)
      edges.push({
        id: `${previous.id}-${handle}`,
        source: previous.id,
        sourceHandle: handle,
        target: check.id,
      });
    previous = { id: check.id, handles: ['yes', 'no'] };
  });
  nodes.push({ id: 'done', type: 'exit', position: { x: 0, y: 100 * (checks.length + 1) }, settings: {} });
  for (const handle of previous.handles)
    edges.push({ id: `${previous.id}-${handle}`, source: previous.id, sourceHandle: handle, target: 'done' });
  return { nodes, edges };
};

type Buyer = {
  readonly externalId: string;
  readonly purchases: readonly { daysAgo: number; amount: number }[];
  readonly smsConsentDaysAgo?: number;
  readonly timezone?: string;
};

// Engine conditions, segment SQL and the test-run simulator must read one customer view (issue 13).
describe.each(databaseKinds)('one customer view for engine, audience and test run on %s', (kind) => {
  let t: TestApp;
  let marketer: TestClient;
  beforeAll(async () => {
    t = await createEngineTestApp(kind);
    marketer = await t.login('marketer@demo.local');
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('a journey condition, a segment preview and a simulated test run agree on every customer', async () => {
    const admin = await t.login('admin@demo.local');
    expect((await admin.put('/api/grades', exampleGradeTiers)).status).toBe(200);
    const now = Date.now();
    const buyers: Buyer[] = [
      {
        externalId: 'big',
        purchases: [
          { daysAgo: 10, amount: 300_000 },
          { daysAgo: 1, amount: 200_000 },
        ],
      },
      { externalId: 'small', purchases: [{ daysAgo: 5, amount: 20_000 }], smsConsentDaysAgo: 30 },
      {
        externalId: 'lapsed',
        purchases: [{ daysAgo: 200, amount: 900_000 }],
        smsConsentDaysAgo: 800,
        timezone: 'Asia/Seoul',
      },
      { externalId: 'today', purchases: [{ daysAgo: 0, amount: 150_000 }], timezone: 'Asia/Seoul' },
      { externalId: 'none', purchases: [] },
    ];
    for (const buyer of buyers) {
      const consent =
        buyer.smsConsentDaysAgo === undefined
          ? {}
          : { sms: new Date(now - buyer.smsConsentDaysAgo * DAY).toISOString() };
      const upsert = await marketer.post('/api/customers', {
        externalId: buyer.externalId,
        ...(buyer.timezone ? { timezone: buyer.timezone } : {}),
        consent,
      });
      expect(upsert.status).toBe(200);
      if (buyer.purchases.length === 0) continue;
      const tracked = await marketer.post('/api/events/batch', {
        events: buyer.purchases.map((p, i) => ({
          externalId: buyer.externalId,
          name: 'purchase',
          properties: { amount: p.amount },
          // "today" bought a second ago: its recency must read 0, never -1.
          timestamp: new Date(now - p.daysAgo * DAY - 1000).toISOString(),
          messageId: `${buyer.externalId}-p${i}`,
        })),
      });
      expect(tracked.status).toBe(202);
    }
    // A purchase stamped a little ahead of the reader's clock (another process, a scaled demo clock).
    await t.db.sql.query(
      `update customers set last_purchase_at = $1::timestamptz where external_id = 'today'`,
      [new Date(now + 60_000).toISOString()],
    );

    const profile = await marketer.get('/api/customers/big');
    expect(profile.status).toBe(200);
    expect(profile.body.customer.rfm).toMatchObject({
      frequency_90d: 2,
      monetary_90d: 500_000,
      recency_days: 1,
    });
    expect(profile.body.customer.grade).toBe('Gold');
    expect((await marketer.get('/api/customers/today')).body.customer.rfm.recency_days).toBe(0);

    const created = await marketer.post('/api/journeys', { name: 'RFM agreement', graph: chainGraph() });
    expect(created.status).toBe(201);
    const journeyId = created.body.id as string;
    expect((await marketer.post(`/api/journeys/${journeyId}/submit`, {})).status).toBe(200);
    const reviewer = await t.login('reviewer@demo.local');
    expect((await reviewer.post(`/api/journeys/${journeyId}/approve`, {})).status).toBe(200);
    expect((await marketer.post(`/api/journeys/${journeyId}/publish`, {})).status).toBe(200);

    const handlesOf = (trace: { nodeId: string; handle?: string }[]) =>
      Object.fromEntries(
        checks.map((check) => [check.id, trace.find((e) => e.nodeId === check.id && e.handle)?.handle]),
      );
    const answers: Record<string, Record<string, unknown>> = {};
    for (const buyer of buyers) {
      const engine = await marketer.post('/api/events', { externalId: buyer.externalId, name: 'checked_in' });
      expect(engine.status).toBe(202);
      const trace = await marketer.get(`/api/customers/${buyer.externalId}/trace?journeyId=${journeyId}`);
      const simulated = await marketer.post(`/api/journeys/${journeyId}/test`, {
        externalId: buyer.externalId,
      });
      expect(simulated.status).toBe(200);
      const segment: Record<string, string> = {};
      for (const check of checks) {
        const preview = await marketer.post('/api/segments/preview', {
          condition: {
            all: [check.condition, { attribute: 'externalId', op: 'eq', value: buyer.externalId }],
          },
        });
        expect(preview.status).toBe(200);
        segment[check.id] = preview.body.count === 1 ? 'yes' : 'no';
      }
      const fromEngine = handlesOf(trace.body.items);
      expect({ who: buyer.externalId, ...fromEngine }).toEqual({ who: buyer.externalId, ...segment });
      expect({ who: buyer.externalId, ...handlesOf(simulated.body.trace) }).toEqual({
        who: buyer.externalId,
        ...segment,
      });
      answers[buyer.externalId] = fromEngine;
    }
    // The answers themselves, so agreement on "all no" cannot pass by accident.
    expect(answers.big).toMatchObject({
      monetary: 'yes',
      frequency: 'yes',
      recent: 'yes',
      today: 'no',
      gold: 'yes',
    });
    expect(answers.small).toMatchObject({ monetary: 'no', recent: 'no', sms: 'yes' });
    expect(answers.lapsed).toMatchObject({ monetary: 'no', recent: 'no', sms: 'no', seoul: 'yes' });
    expect(answers.today).toMatchObject({ monetary: 'yes', recent: 'yes', today: 'yes' });
    expect(answers.none).toMatchObject({ monetary: 'no', recent: 'no', today: 'no', sms: 'no' });
  });
});

describe.each(databaseKinds)('a made-up test-run customer on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t?.dispose());

  it('gives RFM as attributes.rfm and the conditions read it like a stored customer', async () => {
    const marketer = await t.login('marketer@demo.local');
    const created = await marketer.post('/api/journeys', { name: 'Made up', graph: chainGraph() });
    const run = await marketer.post(`/api/journeys/${created.body.id}/test`, {
      customer: { attributes: { rfm: { monetary_90d: 500_000, frequency_90d: 2, recency_days: 1 } } },
    });
    expect(run.status).toBe(200);
    const handles = Object.fromEntries(
      (run.body.trace as { nodeId: string; handle?: string }[]).map((e) => [e.nodeId, e.handle]),
    );
    expect(handles).toMatchObject({ monetary: 'yes', frequency: 'yes', recent: 'yes', today: 'no' });
  });
});

// A scaled demo clock runs ahead of the wall clock: profiles, previews and conditions must all read
// recency on the journey clock the purchases were stamped on, not the wall clock.
describe.each(databaseKinds)('customer reads on the journey clock on %s', (kind) => {
  const ahead = 10 * DAY;
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { clock: { now: () => new Date(Date.now() + ahead) } });
  });
  afterAll(() => t?.dispose());

  it('recency is counted from journey time in the profile, the list and a segment preview', async () => {
    const marketer = await t.login('marketer@demo.local');
    const journeyNow = Date.now() + ahead;
    expect(
      (
        await marketer.post('/api/events', {
          externalId: 'clocked',
          name: 'purchase',
          properties: { amount: 1000 },
          timestamp: new Date(journeyNow - 2 * DAY - 60_000).toISOString(),
        })
      ).status,
    ).toBe(202);
    expect((await marketer.get('/api/customers/clocked')).body.customer.rfm.recency_days).toBe(2);
    const listed = await marketer.get('/api/customers?q=clocked');
    expect(listed.body.items[0].rfm.recency_days).toBe(2);
    const preview = await marketer.post('/api/segments/preview', {
      condition: { attribute: 'rfm.recency_days', op: 'eq', value: 2 },
    });
    expect(preview.body.count).toBe(1);
  });
});
