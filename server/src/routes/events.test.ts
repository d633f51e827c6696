import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { publishAsFirstVersion } from '../testing/publishAsFirstVersion';
import { useTestApp } from '../testing/useTestApp';

/** signup → welcome SMS → wait for a purchase (up to 1 h). */
const journey = aJourney()
  .entryEvent('signup', undefined, { id: 'entry' })
  .sms('{{ customer.name }}님 환영해요', 'info', { id: 'hello', label: '환영 문자' })
  .waitEvent('purchase', '1h', undefined, { id: 'wait' })
  .build().graph;

describe.each(databaseKinds)('ingestion, trace, runs and stats routes on %s', (kind) => {
  const h = useTestApp(kind, ['marketer']);
  beforeAll(async () => {
    await publishAsFirstVersion(h.t, h.marketer, { id: 'jrn_api', graph: journey });
  });

  it('upserts a customer, tracks an event (202), dedupes by messageId, and explains the run', async () => {
    const upsert = await h.marketer.post('/api/customers', {
      externalId: 'u1',
      attributes: { name: '민지', phone: '01012345678' },
      consent: { sms: '2026-01-01T00:00:00Z' },
    });
    expect(upsert.status).toBe(200);
    expect(upsert.body).toMatchObject({
      created: true,
      customer: { externalId: 'u1', attributes: { name: '민지' } },
    });
    const first = await h.marketer.post('/api/events', {
      externalId: 'u1',
      name: 'signup',
      messageId: 'sig-1',
    });
    expect(first.status).toBe(202);
    expect(first.body).toEqual({ accepted: 1, duplicates: 0 });
    const again = await h.marketer.post('/api/events', {
      externalId: 'u1',
      name: 'signup',
      messageId: 'sig-1',
    });
    expect(again.body).toEqual({ accepted: 0, duplicates: 1 });
    const trace = await h.marketer.get('/api/customers/u1/trace?journeyId=jrn_api');
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
    const runs = await h.marketer.get('/api/journeys/jrn_api/runs?nodeId=wait&status=waiting');
    expect(runs.body.items).toHaveLength(1);
    expect(runs.body.items[0]).toMatchObject({
      externalId: 'u1',
      waitingFor: 'purchase',
      currentNodeId: 'wait',
    });
    const stats = await h.marketer.get('/api/journeys/jrn_api/stats');
    expect(stats.body).toMatchObject({
      entered: 1,
      active: 1,
      converted: 0,
      nodes: { entry: { entered: 1, completed: 1 }, hello: { entered: 1, sent: 1 }, wait: { active: 1 } },
    });
  });

  it('rejects a batch with one malformed event (422) and writes nothing; unknown customers are created', async () => {
    const before = await h.t.db.sql.query<{ n: number }>('select count(*)::int as n from events');
    const bad = await h.marketer.post('/api/events/batch', {
      events: [{ externalId: 'new-1', name: 'signup' }, { externalId: '', name: 'signup' }, { name: 'x' }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('validation_failed');
    expect(bad.body.error.details.rejected.map((r: { index: number }) => r.index)).toEqual([1, 2]);
    const after = await h.t.db.sql.query<{ n: number }>('select count(*)::int as n from events');
    expect(after[0]?.n).toBe(before[0]?.n);
    const customers = await h.t.db.sql.query("select 1 from customers where external_id = 'new-1'");
    expect(customers).toHaveLength(0);
    const ok = await h.marketer.post('/api/events/batch', {
      events: [
        { externalId: 'new-1', name: 'signup', messageId: 'b-1' },
        { externalId: 'new-2', name: 'viewed', timestamp: '2026-01-01T00:00:00+09:00', messageId: 'b-2' },
      ],
    });
    expect(ok.status).toBe(202);
    expect(ok.body).toEqual({ accepted: 2, duplicates: 0 });
    const created = await h.t.db.sql.query(
      "select external_id from customers where external_id like 'new-%'",
    );
    expect(created).toHaveLength(2);
  });

  it('refuses a batch over 10,000 items (422) and a body over 16 MiB (413); needs auth (401)', async () => {
    const big = await h.marketer.post('/api/events/batch', {
      events: Array.from({ length: 10_001 }, (_, i) => ({ externalId: `x${i}`, name: 'e' })),
    });
    expect(big.status).toBe(422);
    const huge = await h.marketer.request(
      'POST',
      '/api/events/batch',
      `{"events":["${'x'.repeat(17 * 1024 * 1024)}"]}`,
    );
    expect(huge.status).toBe(413);
    const anonymous = await h.t.anonymous.post('/api/events', { externalId: 'a', name: 'b' });
    expect(anonymous.status).toBe(401);
  });

  it('customer batch: all valid upserts, or 422 and nothing', async () => {
    const bad = await h.marketer.post('/api/customers/batch', {
      customers: [{ externalId: 'b1' }, { externalId: 'b2', consent: { sms: 'not-a-date' } }],
    });
    expect(bad.status).toBe(422);
    expect(await h.t.db.sql.query("select 1 from customers where external_id = 'b1'")).toHaveLength(0);
    const ok = await h.marketer.post('/api/customers/batch', {
      customers: [
        { externalId: 'b1', attributes: { tier: 1 } },
        { externalId: 'b1', attributes: { city: 'Seoul' } },
      ],
    });
    expect(ok.body).toEqual({ accepted: 2, rejected: [] });
    const [row] = await h.t.db.sql.query<{ attributes: Record<string, unknown> }>(
      "select attributes from customers where external_id = 'b1'",
    );
    expect(row?.attributes).toEqual({ tier: 1, city: 'Seoul' });
  });
});
