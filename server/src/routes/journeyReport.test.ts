import { defaultChannelPrices } from '@journeyflow/shared/messaging/channelSettings';
import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { publishAsFirstVersion } from '../testing/publishAsFirstVersion';
import { useTestApp } from '../testing/useTestApp';

/** signup → 50/50 split → SMS A or SMS B → both wait a day. */
const graph = aJourney()
  .entryEvent('signup', undefined, { id: 'entry' })
  .splitRandom(
    [
      {
        id: 'a',
        label: 'A',
        percent: 50,
        steps: (a) => a.sms('쿠폰 A', 'info', { id: 'smsA' }).wait('1d', { id: 'wait' }),
      },
      {
        id: 'b',
        label: 'B',
        percent: 50,
        steps: (b) => b.sms('쿠폰 B', 'info', { id: 'smsB' }).joinAt('wait'),
      },
    ],
    { id: 'ab' },
  )
  .build().graph;
const settings = { goal: { event: 'purchase' }, holdoutPercent: 30, attributionWindowSeconds: 7 * 86_400 };

describe.each(databaseKinds)('GET /api/journeys/:id/report on %s', (kind) => {
  const h = useTestApp(kind, ['marketer']);
  let journeyId: string;
  beforeAll(async () => {
    const created = await h.marketer.post('/api/journeys', { name: 'A/B 쿠폰', graph, settings });
    journeyId = created.body.id;
    await publishAsFirstVersion(h.t, h.marketer, { id: journeyId, graph, settings });
  });

  it('attributes goal revenue in the window, prices sent messages, measures holdout uplift and picks a significant A/B winner', async () => {
    const customers = Array.from({ length: 160 }, (_, i) => `c${i}`);
    const upserted = await h.marketer.post('/api/customers/batch', {
      customers: customers.map((externalId, i) => ({
        externalId,
        attributes: { phone: `010-1000-${String(i).padStart(4, '0')}` },
      })),
    });
    expect(upserted.status).toBeLessThan(300);
    // One purchase before entering does not count.
    await h.marketer.post('/api/events', {
      externalId: 'c0',
      name: 'purchase',
      properties: { amount: 999_999 },
      timestamp: new Date(Date.now() - 86_400_000).toISOString(),
    });
    const signup = await h.marketer.post('/api/events/batch', {
      events: customers.map((externalId) => ({ externalId, name: 'signup' })),
    });
    expect(signup.status).toBe(202);
    // Every message reached the provider (the delivery worker's job; set directly here).
    await h.t.db.sql.query(
      `update outbox set status = 'delivered' where journey_id = $1 and status = 'queued'`,
      [journeyId],
    );
    const runs = await h.t.db.sql.query<{ external_id: string; holdout: boolean; handle: string | null }>(
      `select c.external_id, r.holdout, t.handle from runs r join customers c on c.id = r.customer_id
        left join run_trace t on t.run_id = r.id and t.node_id = 'ab' and t.handle is not null
        where r.journey_id = $1`,
      [journeyId],
    );
    expect(runs).toHaveLength(160);
    // Branch A buys (12,000 KRW each), branch B and the control group don't.
    const buyers = runs.filter((r) => !r.holdout && r.handle === 'a').map((r) => r.external_id);
    await h.marketer.post('/api/events/batch', {
      events: buyers.map((externalId) => ({
        externalId,
        name: 'purchase',
        properties: { amount: 12_000, currency: 'KRW' },
      })),
    });
    const treated = runs.filter((r) => !r.holdout);
    const control = runs.filter((r) => r.holdout);
    const report = await h.marketer.get(`/api/journeys/${journeyId}/report`);
    expect(report.status).toBe(200);
    const body = report.body;
    expect(body.entries).toEqual([{ day: expect.any(String), count: 160 }]);
    expect(body.converted).toBe(buyers.length);
    expect(body.conversionRate).toBeCloseTo(buyers.length / treated.length, 6);
    expect(body.revenue).toBe(buyers.length * 12_000);
    expect(body.cost).toBe(treated.length * defaultChannelPrices.SMS);
    expect(body.roi).toBeCloseTo((body.revenue - body.cost) / body.cost, 6);
    expect(body.holdout.control).toEqual({ customers: control.length, converted: 0, rate: 0 });
    expect(body.holdout.uplift).toBeCloseTo(buyers.length / treated.length, 6);
    expect(body.holdout.ci[0]).toBeGreaterThan(0);
    expect(body.branches['ab:a']).toMatchObject({ converted: buyers.length, rate: 1, winner: true });
    expect(body.branches['ab:b']).toMatchObject({ converted: 0, rate: 0, winner: false });
    expect(body.branches['ab:a'].revenue).toBe(buyers.length * 12_000);

    const future = await h.marketer.get(`/api/journeys/${journeyId}/report?from=2099-01-01&to=2099-01-03`);
    expect(future.body.entries).toEqual([
      { day: '2099-01-01', count: 0 },
      { day: '2099-01-02', count: 0 },
      { day: '2099-01-03', count: 0 },
    ]);
    expect(future.body.roi).toBeNull();
    expect(future.body.holdout).toBeUndefined();
  });

  it('answers 404 for an unknown journey and 401 without a session', async () => {
    expect((await h.marketer.get('/api/journeys/jrn_nope/report')).status).toBe(404);
    expect((await h.t.anonymous.get(`/api/journeys/${journeyId}/report`)).status).toBe(401);
  });
});
