import { beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { createEngineTestApp } from '../testing/createEngineTestApp';
import { type HoldingEntry, holdingGraph } from '../testing/holdingGraph';
import { publishThroughReview } from '../testing/submitAndApprove';
import { useTestApp } from '../testing/useTestApp';

const bigOrder = { trigger: 'properties.orderTotal', op: 'gte', value: 50_000 };

// SPEC §7a `POST /api/journeys/:id/enroll` (issue 18, API-triggered entry).
describe.each(databaseKinds)('journey enrolment API on %s', (kind) => {
  const h = useTestApp(kind, ['marketer', 'reviewer', 'admin'], createEngineTestApp);
  let enrollKey: string;
  let ingestKey: string;

  beforeAll(async () => {
    const enrolling = await h.admin.post('/api/api-keys', { name: 'orders', scopes: ['journeys:enroll'] });
    enrollKey = enrolling.body.key;
    ingestKey = (await h.admin.post('/api/api-keys', { name: 'browser' })).body.key;
  }, 60_000);

  const create = async (name: string, entry: HoldingEntry, settings: Record<string, unknown> = {}) => {
    const created = await h.marketer.post('/api/journeys', { name, graph: holdingGraph(entry), settings });
    expect(created.status).toBe(201);
    return created.body.id as string;
  };
  const publish = async (name: string, entry: HoldingEntry, settings: Record<string, unknown> = {}) => {
    const id = await create(name, entry, settings);
    await publishThroughReview(h.marketer, h.reviewer, id);
    return id;
  };
  const enroll = (id: string, body: unknown, key = enrollKey) =>
    h.t.anonymous.request('POST', `/api/journeys/${id}/enroll`, body, { authorization: `Bearer ${key}` });
  const runsOf = async (journeyId: string) => {
    const rows = await h.t.db.sql.query<{ external_id: string; trigger_event: unknown }>(
      `select c.external_id, r.trigger_event from runs r join customers c on c.id = r.customer_id
        where r.journey_id = $1 order by c.external_id`,
      [journeyId],
    );
    return rows.map((r) => r.external_id);
  };

  it('enters a customer, checks where against the call properties, honours re-entry and creates unknown customers', async () => {
    const id = await publish('Order follow-up', { type: 'entry.api', settings: { where: bigOrder } });
    const single = await enroll(id, { externalId: 'api-1', properties: { orderTotal: 60_000 } });
    expect(single.status).toBe(200);
    expect(single.body).toEqual({ replayed: false, results: [{ externalId: 'api-1', entered: true }] });
    expect(await runsOf(id)).toEqual(['api-1']);

    const batch = await enroll(id, {
      customers: [
        { externalId: 'api-1', properties: { orderTotal: 70_000 } },
        { externalId: 'api-2', properties: { orderTotal: 100 } },
        { externalId: 'api-3', properties: { orderTotal: 50_000 } },
      ],
    });
    expect(batch.status).toBe(200);
    expect(batch.body.results).toEqual([
      { externalId: 'api-1', entered: false, reason: 'reentry_refused' },
      { externalId: 'api-2', entered: false, reason: 'where_mismatch' },
      { externalId: 'api-3', entered: true },
    ]);
    expect(await runsOf(id)).toEqual(['api-1', 'api-3']);
    // api-3 did not exist: created with an empty profile (no consent needed to enter), as events do.
    const profile = await h.marketer.get('/api/customers/api-3');
    expect(profile.status).toBe(200);
    // The refusals are in the trace with their codes, as for any entry.
    const trace = await h.marketer.get(`/api/customers/api-2/trace?journeyId=${id}`);
    expect(trace.body.items).toEqual([expect.objectContaining({ code: 'where_mismatch', nodeId: 'entry' })]);
    // Only the enroll API enters an entry.api journey: a tracked event, whatever its name, does not.
    const tracked = await h.t.anonymous.request(
      'POST',
      '/api/events',
      { externalId: 'api-4', name: 'api_enrolled', properties: { orderTotal: 90_000 } },
      { authorization: `Bearer ${ingestKey}` },
    );
    expect(tracked.status).toBe(202);
    expect(await runsOf(id)).toEqual(['api-1', 'api-3']);
  });

  it('honours the entry limit and the active period', async () => {
    const limited = await publish(
      'Limited',
      { type: 'entry.api', settings: {} },
      { entryLimit: 1, reentry: { mode: 'always' } },
    );
    const res = await enroll(limited, { customers: [{ externalId: 'lim-1' }, { externalId: 'lim-2' }] });
    expect(res.body.results).toEqual([
      { externalId: 'lim-1', entered: true },
      { externalId: 'lim-2', entered: false, reason: 'entry_limit' },
    ]);
    const ended = await publish(
      'Ended',
      { type: 'entry.api', settings: {} },
      { endsAt: '2020-01-01T00:00:00Z' },
    );
    expect((await enroll(ended, { externalId: 'late-1' })).body.results).toEqual([
      { externalId: 'late-1', entered: false, reason: 'outside_active_period' },
    ]);
  });

  it('never enters twice for one idempotencyKey, even for concurrent calls; another body under the key is 409', async () => {
    const id = await publish(
      'Idempotent',
      { type: 'entry.api', settings: {} },
      { reentry: { mode: 'always' } },
    );
    const body = {
      customers: [{ externalId: 'idem-1' }, { externalId: 'idem-2' }],
      idempotencyKey: 'order-42',
    };
    const first = await enroll(id, body);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      replayed: false,
      results: [
        { externalId: 'idem-1', entered: true },
        { externalId: 'idem-2', entered: true },
      ],
    });
    const again = await enroll(id, body);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ...first.body, replayed: true });
    expect(await runsOf(id)).toEqual(['idem-1', 'idem-2']);

    const reused = await enroll(id, { externalId: 'idem-3', idempotencyKey: 'order-42' });
    expect(reused.status).toBe(409);
    expect(reused.body.error).toMatchObject({
      code: 'conflict',
      details: { reason: 'idempotency_key_reused' },
    });

    const racing = await Promise.all(
      [1, 2, 3].map(() => enroll(id, { externalId: 'idem-4', idempotencyKey: 'order-43' })),
    );
    expect(racing.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(racing.filter((r) => r.body.replayed === false)).toHaveLength(1);
    for (const r of racing) expect(r.body.results).toEqual([{ externalId: 'idem-4', entered: true }]);
    // Without a key the same customer enters again (re-entry "always"): the key is what dedupes.
    expect((await enroll(id, { externalId: 'idem-4' })).body.results).toEqual([
      { externalId: 'idem-4', entered: true },
    ]);
    expect((await runsOf(id)).filter((e) => e === 'idem-4')).toHaveLength(2);
  });

  it('refuses a key without journeys:enroll (403), a session (401) and an unknown journey (404)', async () => {
    const id = await publish('Scoped', { type: 'entry.api', settings: {} });
    const wrongScope = await enroll(id, { externalId: 'scope-1' }, ingestKey);
    expect(wrongScope.status).toBe(403);
    expect(wrongScope.body.error).toMatchObject({
      code: 'insufficient_scope',
      details: { scope: 'journeys:enroll' },
    });
    expect((await h.marketer.post(`/api/journeys/${id}/enroll`, { externalId: 'scope-1' })).status).toBe(401);
    expect((await enroll('jrn_nope', { externalId: 'scope-1' })).status).toBe(404);
    expect(await runsOf(id)).toEqual([]);
  });

  it('answers 409 for a journey that is not live or does not start with entry.api', async () => {
    const draft = await create('Draft', { type: 'entry.api', settings: {} });
    const notLive = await enroll(draft, { externalId: 'nl-1' });
    expect(notLive.status).toBe(409);
    expect(notLive.body.error).toMatchObject({
      code: 'conflict',
      details: { reason: 'journey_not_live', status: 'draft' },
    });
    const paused = await publish('Paused', { type: 'entry.api', settings: {} });
    expect((await h.admin.post(`/api/journeys/${paused}/pause`, {})).status).toBe(200);
    expect((await enroll(paused, { externalId: 'nl-1' })).body.error.details).toMatchObject({
      reason: 'journey_not_live',
    });
    const byEvent = await publish('By event', { type: 'entry.event', settings: { event: 'signed_up' } });
    const wrongEntry = await enroll(byEvent, { externalId: 'nl-1' });
    expect(wrongEntry.status).toBe(409);
    expect(wrongEntry.body.error.details).toEqual({ reason: 'entry_not_api', entryType: 'entry.event' });
    expect(await runsOf(byEvent)).toEqual([]);
  });

  it('refuses malformed bodies: bad JSON 400, wrong shape 422, more than 1,000 customers 422 limit_exceeded', async () => {
    const id = await publish('Bodies', { type: 'entry.api', settings: {} });
    const badJson = await h.t.anonymous.request('POST', `/api/journeys/${id}/enroll`, '{"externalId":', {
      authorization: `Bearer ${enrollKey}`,
    });
    expect(badJson.status).toBe(400);
    for (const body of [
      {},
      { externalId: '' },
      { externalId: 'x', customers: [{ externalId: 'y' }] },
      { customers: [] },
      { customers: [{ externalId: 'ok' }, { name: 'no id' }] },
      { externalId: 'x', properties: 'not an object' },
    ]) {
      const res = await enroll(id, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error.code).toBe('validation_failed');
    }
    const tooMany = await enroll(id, {
      customers: Array.from({ length: 1_001 }, (_, i) => ({ externalId: `many-${i}` })),
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error).toMatchObject({
      code: 'limit_exceeded',
      details: { limit: 'enrollBatch', max: 1000 },
    });
    expect(await runsOf(id)).toEqual([]);
  });
});
