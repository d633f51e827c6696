import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { createTestApp, type TestApp, type TestClient } from '../testing/createTestApp';
import { publishAsFirstVersion } from '../testing/publishAsFirstVersion';

const journey = {
  nodes: [
    { id: 'entry', type: 'entry.event', position: { x: 0, y: 0 }, settings: { event: 'signup' } },
    {
      id: 'hello',
      type: 'send',
      label: '환영 문자',
      position: { x: 0, y: 100 },
      settings: { channel: 'sms', purpose: 'info', content: { text: '{{ customer.name }}님 환영해요' } },
    },
    {
      id: 'wait',
      type: 'wait.event',
      position: { x: 0, y: 200 },
      settings: { event: 'purchase', timeoutSeconds: 3600 },
    },
  ],
  edges: [
    { id: 'e1', source: 'entry', sourceHandle: 'next', target: 'hello' },
    { id: 'e2', source: 'hello', sourceHandle: 'next', target: 'wait' },
  ],
};

describe.each(databaseKinds)('ingestion, trace, runs and stats routes on %s', (kind) => {
  let t: TestApp;
  let marketer: TestClient;
  beforeAll(async () => {
    t = await createTestApp(kind);
    marketer = await t.login('marketer@demo.local');
    await publishAsFirstVersion(t, marketer, { id: 'jrn_api', graph: journey });
  });
  afterAll(() => t?.dispose());

  it('upserts a customer, tracks an event (202), dedupes by messageId, and explains the run', async () => {
    const upsert = await marketer.post('/api/customers', {
      externalId: 'u1',
      attributes: { name: '민지', phone: '01012345678' },
      consent: { sms: '2026-01-01T00:00:00Z' },
    });
    expect(upsert.status).toBe(200);
    expect(upsert.body).toMatchObject({
      created: true,
      customer: { externalId: 'u1', attributes: { name: '민지' } },
    });
    const first = await marketer.post('/api/events', {
      externalId: 'u1',
      name: 'signup',
      messageId: 'sig-1',
    });
    expect(first.status).toBe(202);
    expect(first.body).toEqual({ accepted: 1, duplicates: 0 });
    const again = await marketer.post('/api/events', {
      externalId: 'u1',
      name: 'signup',
      messageId: 'sig-1',
    });
    expect(again.body).toEqual({ accepted: 0, duplicates: 1 });
    const trace = await marketer.get('/api/customers/u1/trace?journeyId=jrn_api');
    expect(trace.status).toBe(200);
    expect(trace.body.items.map((i: { nodeId: string }) => i.nodeId)).toEqual(['entry', 'hello', 'wait']);
    expect(trace.body.items[1].reason).toMatch(/^SMS queued as msg_/);
    // Code + params and the step's name for the web's words (issue 16); the English reason stays.
    expect(trace.body.items[1]).toMatchObject({
      nodeLabel: '환영 문자',
      code: 'send.queued',
      params: { channel: 'sms', fallback: null },
    });
    expect(trace.body.items[2]).toMatchObject({
      code: 'wait.event_waiting',
      params: { event: 'purchase', seconds: 3600 },
    });
    const runs = await marketer.get('/api/journeys/jrn_api/runs?nodeId=wait&status=waiting');
    expect(runs.body.items).toHaveLength(1);
    expect(runs.body.items[0]).toMatchObject({
      externalId: 'u1',
      waitingFor: 'purchase',
      currentNodeId: 'wait',
    });
    const stats = await marketer.get('/api/journeys/jrn_api/stats');
    expect(stats.body).toMatchObject({
      entered: 1,
      active: 1,
      converted: 0,
      nodes: { entry: { entered: 1, completed: 1 }, hello: { entered: 1, sent: 1 }, wait: { active: 1 } },
    });
  });

  it('rejects a batch with one malformed event (422) and writes nothing; unknown customers are created', async () => {
    const before = await t.db.sql.query<{ n: number }>('select count(*)::int as n from events');
    const bad = await marketer.post('/api/events/batch', {
      events: [{ externalId: 'new-1', name: 'signup' }, { externalId: '', name: 'signup' }, { name: 'x' }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('validation_failed');
    expect(bad.body.error.details.rejected.map((r: { index: number }) => r.index)).toEqual([1, 2]);
    const after = await t.db.sql.query<{ n: number }>('select count(*)::int as n from events');
    expect(after[0]?.n).toBe(before[0]?.n);
    const customers = await t.db.sql.query("select 1 from customers where external_id = 'new-1'");
    expect(customers).toHaveLength(0);
    const ok = await marketer.post('/api/events/batch', {
      events: [
        { externalId: 'new-1', name: 'signup', messageId: 'b-1' },
        { externalId: 'new-2', name: 'viewed', timestamp: '2026-01-01T00:00:00+09:00', messageId: 'b-2' },
      ],
    });
    expect(ok.status).toBe(202);
    expect(ok.body).toEqual({ accepted: 2, duplicates: 0 });
    const created = await t.db.sql.query("select external_id from customers where external_id like 'new-%'");
    expect(created).toHaveLength(2);
  });

  it('refuses a batch over 10,000 items (422) and a body over 16 MiB (413); needs auth (401)', async () => {
    const big = await marketer.post('/api/events/batch', {
      events: Array.from({ length: 10_001 }, (_, i) => ({ externalId: `x${i}`, name: 'e' })),
    });
    expect(big.status).toBe(422);
    const huge = await marketer.request(
      'POST',
      '/api/events/batch',
      `{"events":["${'x'.repeat(17 * 1024 * 1024)}"]}`,
    );
    expect(huge.status).toBe(413);
    const anonymous = await t.anonymous.post('/api/events', { externalId: 'a', name: 'b' });
    expect(anonymous.status).toBe(401);
  });

  it('customer batch: all valid upserts, or 422 and nothing', async () => {
    const bad = await marketer.post('/api/customers/batch', {
      customers: [{ externalId: 'b1' }, { externalId: 'b2', consent: { sms: 'not-a-date' } }],
    });
    expect(bad.status).toBe(422);
    expect(await t.db.sql.query("select 1 from customers where external_id = 'b1'")).toHaveLength(0);
    const ok = await marketer.post('/api/customers/batch', {
      customers: [
        { externalId: 'b1', attributes: { tier: 1 } },
        { externalId: 'b1', attributes: { city: 'Seoul' } },
      ],
    });
    expect(ok.body).toEqual({ accepted: 2, rejected: [] });
    const [row] = await t.db.sql.query<{ attributes: Record<string, unknown> }>(
      "select attributes from customers where external_id = 'b1'",
    );
    expect(row?.attributes).toEqual({ tier: 1, city: 'Seoul' });
  });
});
