import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { createTestApp, type TestApp, type TestClient } from '../testing/createTestApp';

describe.each(databaseKinds)('workspace catalog API on %s', (kind) => {
  let t: TestApp;
  let marketer: TestClient;
  let apiKey: string;
  const withKey = (method: string, path: string, body?: unknown) =>
    t.anonymous.request(method, path, body, { authorization: `Bearer ${apiKey}` });

  beforeAll(async () => {
    t = await createTestApp(kind);
    const admin = await t.login('admin@demo.local');
    marketer = await t.login('marketer@demo.local');
    apiKey = (await admin.post('/api/api-keys', { name: 'tests' })).body.key;
    await withKey('POST', '/api/customers/batch', {
      customers: [
        {
          externalId: 'c1',
          attributes: { name: '김민수', membership: { tier: 'gold', since: '2024-01-01' } },
        },
        { externalId: 'c2', attributes: { name: 'Lee', birthday: '1990-05-05' } },
      ],
    });
    const old = new Date(Date.now() - 200 * 86_400_000).toISOString();
    const events = [
      { externalId: 'c1', name: 'product_viewed', properties: { productId: 'p1', category: 'shoes' } },
      { externalId: 'c2', name: 'product_viewed', properties: { productId: 'p2' } },
      { externalId: 'c1', name: 'product_viewed', properties: { productId: 'p3' } },
      { externalId: 'c1', name: 'purchase', properties: { amount: 39000, currency: 'KRW' } },
      { externalId: 'c2', name: 'legacy_event', timestamp: old },
    ];
    expect((await withKey('POST', '/api/events/batch', { events })).status).toBe(202);
  }, 60_000);
  afterAll(() => t?.dispose());

  it('lists recent event names by frequency with their property keys', async () => {
    const response = await marketer.get('/api/catalog');
    expect(response.status).toBe(200);
    expect(response.body.windowDays).toBe(90);
    const names = response.body.events.map((event: { name: string }) => event.name);
    expect(names.slice(0, 2)).toEqual(['product_viewed', 'purchase']);
    expect(names).not.toContain('legacy_event');
    const viewed = response.body.events[0];
    expect(viewed).toMatchObject({ name: 'product_viewed', count: 3, lastSeenAt: expect.any(String) });
    expect(viewed.properties).toEqual(['productId', 'category']);
    expect(response.body.events[1].properties.sort()).toEqual(['amount', 'currency']);
  });

  it('lists built-in attribute paths first, then custom ones with one level of nesting', async () => {
    const { attributes } = (await marketer.get('/api/catalog')).body;
    expect(attributes.slice(0, 2)).toEqual(['grade', 'externalId']);
    expect(attributes).toEqual(
      expect.arrayContaining([
        'consent.sms',
        'rfm.monetary_90d',
        'name',
        'birthday',
        'membership.tier',
        'membership.since',
      ]),
    );
    expect(attributes).not.toContain('membership');
    expect(new Set(attributes).size).toBe(attributes.length);
  });

  it('is for signed-in users only', async () => {
    expect((await t.anonymous.get('/api/catalog')).status).toBe(401);
  });
});
