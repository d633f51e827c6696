import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import RudderAnalytics from '@rudderstack/rudder-sdk-node';
import { Analytics } from '@segment/analytics-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpClient, startTestServer, type TestServer } from '../helpers/startTestServer';

const today = new Date().toISOString().slice(0, 10);

// Issue 6 "done when": grades and a segment defined over HTTP, customers and purchases sent by the
// real Segment and RudderStack SDKs to a real socket, the segment counts them, and a journey starts
// when someone becomes VIP.
describe.each(databaseKinds)('Segment-compatible ingestion with real SDKs on %s', (kind) => {
  let server: TestServer;
  let marketer: HttpClient;
  let reviewer: HttpClient;
  let admin: HttpClient;
  let writeKey: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    admin = await server.login('admin@demo.local');
    [marketer, reviewer] = await Promise.all([
      server.login('marketer@demo.local'),
      server.login('reviewer@demo.local'),
    ]);
    writeKey = ((await admin.post('/api/api-keys', { name: 'segment' })).body as { key: string }).key;
  });
  afterAll(() => server?.close());

  const eventCount = async (name: string, externalId: string) => {
    const rows = await server.db.sql.query<{ n: number }>(
      `select count(*)::int as n from events e join customers c on c.id = e.customer_id
        where e.name = $1 and c.external_id = $2`,
      [name, externalId],
    );
    return Number(rows[0]?.n ?? 0);
  };

  it('grades a buyer VIP from SDK purchases, counts the segment and starts the entry.grade journey', async () => {
    // Grade tiers are admin-only (they re-grade everyone and start entry.grade journeys).
    const tiers = await admin.put('/api/grades', {
      tiers: [
        { name: 'VIP', rule: { attribute: 'rfm.monetary_90d', op: 'gte', value: 1_000_000 } },
        { name: 'Gold', rule: { attribute: 'rfm.monetary_90d', op: 'gte', value: 500_000 } },
        { name: 'Bronze', rule: null },
      ],
    });
    expect(tiers.status).toBe(200);
    const segment = await marketer.post<{ id: string }>('/api/segments', {
      name: 'VIP with SMS consent, bought in 90 days',
      condition: {
        all: [
          { attribute: 'grade', op: 'in', value: ['VIP'] },
          { attribute: 'consent.sms', op: 'exists' },
          { event: 'purchase', withinSeconds: 90 * 86_400 },
        ],
      },
    });
    expect(segment.status).toBe(201);

    // A live journey that welcomes new VIPs.
    const journey = await marketer.post<{ id: string }>('/api/journeys', {
      name: 'VIP welcome',
      graph: {
        nodes: [
          { id: 'entry', type: 'entry.grade', position: { x: 0, y: 0 }, settings: { to: ['VIP'] } },
          { id: 'wait', type: 'wait.duration', position: { x: 0, y: 160 }, settings: { seconds: 3600 } },
          { id: 'done', type: 'exit', position: { x: 0, y: 320 }, settings: {} },
        ],
        edges: [
          { id: 'e1', source: 'entry', sourceHandle: 'next', target: 'wait' },
          { id: 'e2', source: 'wait', sourceHandle: 'next', target: 'done' },
        ],
      },
      settings: {},
    });
    expect(journey.status).toBe(201);
    expect((await marketer.post(`/api/journeys/${journey.body.id}/submit`, {})).status).toBe(200);
    expect((await reviewer.post(`/api/journeys/${journey.body.id}/approve`, {})).status).toBe(200);
    expect((await marketer.post(`/api/journeys/${journey.body.id}/publish`, {})).status).toBe(200);

    const analytics = new Analytics({
      writeKey,
      host: server.url,
      path: '/api/v1/batch',
      maxEventsInBatch: 20,
      flushInterval: 50,
    });
    const errors: unknown[] = [];
    analytics.on('error', (error) => errors.push(error));
    analytics.identify({ userId: 'vip-1', traits: { name: '김민수', email: 'minsu@example.com' } });
    analytics.track({ userId: 'vip-1', event: 'purchase', properties: { amount: 700_000, currency: 'KRW' } });
    analytics.track({ userId: 'vip-1', event: 'purchase', properties: { amount: 600_000, currency: 'KRW' } });
    analytics.track({ anonymousId: 'anon-7', event: 'product_viewed', properties: { productId: 'p-1' } });
    analytics.page({ userId: 'vip-1', name: 'Home' });
    await analytics.closeAndFlush({ timeout: 20_000 });
    expect(errors).toEqual([]);

    const profile = await marketer.get<{
      customer: { grade: string; attributes: Record<string, unknown>; rfm: { monetary_90d: number } };
      journeys: { journeyId: string }[];
    }>('/api/customers/vip-1');
    expect(profile.status).toBe(200);
    expect(profile.body.customer).toMatchObject({
      grade: 'VIP',
      attributes: { name: '김민수', email: 'minsu@example.com' },
      rfm: { monetary_90d: 1_300_000 },
    });
    expect(await eventCount('grade_changed', 'vip-1')).toBeGreaterThanOrEqual(1);
    expect(profile.body.journeys.map((j) => j.journeyId)).toContain(journey.body.id);
    expect(await eventCount('product_viewed', 'anon-7')).toBe(1);

    // No SMS consent yet: not in the segment. Consent arrives via identify… through the JSON API.
    expect(
      (await marketer.get<{ count: number }>(`/api/segments/${segment.body.id}/preview`)).body.count,
    ).toBe(0);
    const consent = await server.anonymous.request('POST', '/api/v1/identify', {
      userId: 'vip-1',
      traits: {},
    });
    expect(consent.status).toBe(401);
    const withConsent = await fetch(`${server.url}/api/customers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${writeKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ externalId: 'vip-1', consent: { sms: today } }),
    });
    expect(withConsent.status).toBeLessThan(300);
    expect(
      (await marketer.get<{ count: number }>(`/api/segments/${segment.body.id}/preview`)).body.count,
    ).toBe(1);
  });

  it('deduplicates by messageId and accepts gzip batches from the RudderStack SDK', async () => {
    const analytics = new Analytics({ writeKey, host: server.url, path: '/api/v1/batch', flushInterval: 50 });
    for (let i = 0; i < 2; i++) {
      analytics.track({ userId: 'dedupe-1', event: 'coupon_viewed', messageId: 'fixed-message-id' });
    }
    await analytics.closeAndFlush({ timeout: 20_000 });
    expect(await eventCount('coupon_viewed', 'dedupe-1')).toBe(1);

    const rudder = new RudderAnalytics(writeKey, {
      dataPlaneUrl: `${server.url}/api`,
      flushAt: 1,
      flushInterval: 50,
    });
    await new Promise<void>((resolve, reject) =>
      rudder.track(
        { userId: 'rudder-1', event: 'searched_flight', properties: { to: 'CJU' } },
        (error?: unknown) => (error ? reject(error) : resolve()),
      ),
    );
    await rudder.flush();
    await expect.poll(() => eventCount('searched_flight', 'rudder-1'), { timeout: 10_000 }).toBe(1);
  });

  it('refuses a wrong write key and a batch over 500 KB', async () => {
    const auth = `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`;
    const wrong = await fetch(`${server.url}/api/v1/track`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from('nope:').toString('base64')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ userId: 'x', event: 'e' }),
    });
    expect(wrong.status).toBe(401);
    const big = {
      batch: Array.from({ length: 600 }, (_, i) => ({
        type: 'track',
        userId: `big-${i}`,
        event: 'padding',
        properties: { blob: 'x'.repeat(1000) },
      })),
    };
    const tooBig = await fetch(`${server.url}/api/v1/batch`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify(big),
    });
    expect(tooBig.status).toBe(413);
    expect(await eventCount('padding', 'big-0')).toBe(0);
  });
});
