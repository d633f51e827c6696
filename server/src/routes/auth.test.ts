import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoginRateLimiter } from '../auth/loginRateLimiter';
import { databaseKinds } from '../db/testDatabase';
import { parseTrustProxy } from '../http/trustProxy';
import { createTestApp, type TestApp } from '../testing/createTestApp';

describe.each(databaseKinds)('auth API on %s', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(kind, {
      loginRateLimiter: createLoginRateLimiter({ maxFailuresPerAccount: 3, maxFailuresPerAddress: 6 }),
      accounts: { trustProxy: parseTrustProxy('10.0.0.0/8') },
    });
  });
  afterAll(() => t?.dispose());

  /** `from` is the socket peer, as @hono/node-server reports it in `c.env.incoming`. */
  const rawLogin = (email: string, password: string, headers: Record<string, string> = {}, from?: string) =>
    t.app.request(
      '/api/auth/login',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ email, password }),
      },
      from ? { incoming: { socket: { remoteAddress: from } } } : undefined,
    );
  const errorOf = async (response: Response) =>
    ((await response.json()) as { error: { code: string; details?: Record<string, unknown> } }).error;

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

  it('limits failed logins per account with 429 too_many_attempts and Retry-After', async () => {
    for (const from of ['198.51.100.1', '198.51.100.2', '198.51.100.3'])
      expect((await rawLogin('reviewer2@demo.local', 'nope', {}, from)).status).toBe(401);
    // The account's budget is spent whatever address the next guess comes from, even with the right password.
    const limited = await rawLogin('reviewer2@demo.local', 'journeyflow', {}, '198.51.100.4');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await errorOf(limited)).toMatchObject({
      code: 'too_many_attempts',
      details: { scope: 'account' },
    });
    // Other accounts are unaffected.
    expect((await rawLogin('admin@demo.local', 'journeyflow', {}, '198.51.100.4')).status).toBe(200);
  });

  it('counts parallel guesses before verifying them: N at once get only the budget', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => rawLogin('reviewer@demo.local', 'guess', {}, '198.51.100.20')),
    );
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429, 429, 429]);
  });

  it('limits failed logins per address across accounts', async () => {
    for (let i = 0; i < 6; i++)
      expect((await rawLogin(`ghost${i}@demo.local`, 'nope', {}, '192.0.2.77')).status).toBe(401);
    const limited = await rawLogin('admin@demo.local', 'journeyflow', {}, '192.0.2.77');
    expect(limited.status).toBe(429);
    expect(await errorOf(limited)).toMatchObject({
      code: 'too_many_attempts',
      details: { scope: 'address' },
    });
    expect((await rawLogin('admin@demo.local', 'journeyflow', {}, '192.0.2.78')).status).toBe(200);
  });

  it('believes X-Forwarded-For only from a trusted proxy (JOURNEYFLOW_TRUST_PROXY)', async () => {
    for (const [forwardedFor, socketAddress, status] of [
      // Through the trusted proxy, the client is the forwarded address, whose budget is spent above.
      ['192.0.2.77', '10.1.1.1', 429],
      // A direct client claiming that address is judged by its own socket address.
      ['192.0.2.99', '192.0.2.77', 429],
      ['192.0.2.77', '203.0.113.50', 200],
    ] as const) {
      const response = await rawLogin(
        'admin@demo.local',
        'journeyflow',
        { 'x-forwarded-for': forwardedFor },
        socketAddress,
      );
      expect(response.status, `X-Forwarded-For ${forwardedFor} from ${socketAddress}`).toBe(status);
    }
  });

  it('refuses passwords longer than 200 characters with 422 before hashing', async () => {
    const response = await rawLogin('admin@demo.local', 'x'.repeat(201), {}, '203.0.113.60');
    expect(response.status).toBe(422);
    expect((await errorOf(response)).code).toBe('validation_failed');
  });

  it('answers a burst beyond the hashing queue with 503 busy and Retry-After', async () => {
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        rawLogin(`burst${i}@demo.local`, 'nope', {}, `203.0.113.${100 + i}`),
      ),
    );
    const busy = answers.filter((r) => r.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    expect(answers.every((r) => r.status === 401 || r.status === 503)).toBe(true);
    expect(busy[0]?.headers.get('retry-after')).toBe('1');
    expect((await errorOf(busy[0] as Response)).code).toBe('busy');
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
