import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoginRateLimiter } from '../auth/loginRateLimiter';
import { databaseKinds } from '../db/testDatabase';
import { createTestApp, type TestApp } from '../testing/createTestApp';

describe.each(databaseKinds)('auth API on %s', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(kind, { loginRateLimiter: createLoginRateLimiter({ maxFailures: 3 }) });
  });
  afterAll(() => t?.dispose());

  const rawLogin = (email: string, password: string, headers: Record<string, string> = {}) =>
    t.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ email, password }),
    });

  it('signs in with an httpOnly SameSite session cookie and answers /me', async () => {
    const response = await rawLogin('Marketer@Demo.local', 'journeyflow');
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^jf_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const body = (await response.json()) as { user: Record<string, unknown> };
    expect(body.user).toMatchObject({
      email: 'marketer@demo.local',
      role: 'marketer',
      workspaceName: 'Demo',
    });
    expect(JSON.stringify(body)).not.toMatch(/password|hash/i);

    const me = await t.app.request('/api/auth/me', { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe('marketer@demo.local');
  });

  it('stores only a hash of the session token', async () => {
    const response = await rawLogin('admin@demo.local', 'journeyflow');
    const token = (response.headers.get('set-cookie') ?? '').split(';')[0]?.split('=')[1] ?? '';
    const rows = await t.db.sql.query<{ token_hash: string }>('select token_hash from sessions');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('refuses wrong passwords and unknown emails alike with 401 unauthorized', async () => {
    for (const [email, password] of [
      ['marketer@demo.local', 'wrong-password'],
      ['nobody@demo.local', 'journeyflow'],
    ] as const) {
      const response = await rawLogin(email, password);
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: { code: string; message: string } }).error).toEqual({
        code: 'unauthorized',
        message: 'Wrong email or password',
      });
    }
  });

  it('logout invalidates the session on the server', async () => {
    const client = await t.login('reviewer@demo.local');
    expect((await client.get('/api/auth/me')).status).toBe(200);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    const after = await client.get('/api/auth/me');
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('unauthorized');
  });

  it('refuses an expired session', async () => {
    const client = await t.login('admin@demo.local');
    expect((await client.get('/api/auth/me')).status).toBe(200);
    await t.db.sql.query(`update sessions set expires_at = now() - interval '1 minute'`);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('rate-limits failed logins per email and address with 429 rate_limited', async () => {
    for (let i = 0; i < 3; i++) expect((await rawLogin('reviewer2@demo.local', 'nope')).status).toBe(401);
    const limited = await rawLogin('reviewer2@demo.local', 'journeyflow');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    // Other accounts are unaffected.
    expect((await rawLogin('admin@demo.local', 'journeyflow')).status).toBe(200);
  });

  it('guards cookie-authenticated mutations against cross-site requests (CSRF)', async () => {
    const login = await rawLogin('marketer@demo.local', 'journeyflow');
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const post = (headers: Record<string, string>) =>
      t.app.request('http://localhost:3000/api/journeys', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, ...headers },
        body: JSON.stringify({ name: 'csrf probe' }),
      });
    const before = await t.rowCounts();
    const crossSite = await post({ origin: 'https://evil.example', host: 'localhost:3000' });
    expect(crossSite.status).toBe(403);
    expect(((await crossSite.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    expect((await post({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await post({ 'sec-fetch-site': 'same-site', origin: 'https://sub.localhost:3000' })).status).toBe(
      403,
    );
    expect(await t.rowCounts()).toEqual(before);

    expect((await post({ origin: 'http://localhost:3000', host: 'localhost:3000' })).status).toBe(201);
    expect((await post({ 'sec-fetch-site': 'same-origin' })).status).toBe(201);
    expect((await post({ 'x-requested-with': 'journeyflow', origin: 'https://evil.example' })).status).toBe(
      201,
    );
    // Not a browser (no Origin, no Sec-Fetch-Site): it cannot be carrying a victim's cookie.
    expect((await post({})).status).toBe(201);
  });

  it('shows the demo logins on the login page config in demo mode', async () => {
    const res = await t.anonymous.get('/api/auth/config');
    expect(res.body.demo).toBe(true);
    expect(res.body.demoLogins.map((l: { email: string }) => l.email)).toEqual([
      'marketer@demo.local',
      'reviewer@demo.local',
      'reviewer2@demo.local',
      'admin@demo.local',
    ]);
  });
});
