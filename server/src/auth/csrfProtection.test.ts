import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/createTestApp';

describe('CSRF protection with an Authorization header', () => {
  let t: TestApp;
  let cookie: string;
  let key: string;

  beforeAll(async () => {
    t = await createTestApp('pglite');
    const admin = await t.login('admin@demo.local');
    key = (await admin.post('/api/api-keys', { name: 'site' })).body.key;
    const login = await t.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'journeyflow' },
      body: JSON.stringify({ email: 'marketer@demo.local', password: 'journeyflow' }),
    });
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  }, 60_000);
  afterAll(() => t?.dispose());

  const crossSite = (urlPath: string, headers: Record<string, string>, body: unknown) =>
    t.app.request(`http://localhost:3000${urlPath}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: 'https://evil.example',
        host: 'localhost:3000',
        'sec-fetch-site': 'cross-site',
        ...headers,
      },
      body: JSON.stringify(body),
    });

  it('still checks a request that carries a session cookie, whatever Authorization header it adds', async () => {
    const before = await t.rowCounts();
    for (const authorization of ['Bearer whatever', `Bearer ${key}`, 'Basic Og==']) {
      const journey = await crossSite('/api/journeys', { cookie, authorization }, { name: 'csrf probe' });
      expect(journey.status, authorization).toBe(403);
      expect(((await journey.json()) as { error: { code: string } }).error.code).toBe('forbidden');
      const event = await crossSite(
        '/api/events',
        { cookie, authorization },
        { externalId: 'c1', name: 'x' },
      );
      expect(event.status, authorization).toBe(403);
    }
    expect(await t.rowCounts()).toEqual(before);
  });

  it('lets an API-key request without a session cookie through from anywhere', async () => {
    const res = await crossSite(
      '/api/events',
      { authorization: `Bearer ${key}` },
      { externalId: 'c1', name: 'viewed' },
    );
    expect(res.status).toBe(202);
  });
});
