import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/startTestServer';

// Sign-in limits over a real socket: the client address comes from @hono/node-server's socket, and
// X-Forwarded-For is believed only because JOURNEYFLOW_TRUST_PROXY names the loopback proxy.

describe.each(databaseKinds)('sign-in limits over HTTP on %s', (kind) => {
  let s: TestServer;

  beforeAll(async () => {
    s = await startTestServer(kind, {
      env: {
        JOURNEYFLOW_TRUST_PROXY: '127.0.0.1,::1',
        JOURNEYFLOW_LOGIN_MAX_FAILURES_PER_ACCOUNT: '4',
        JOURNEYFLOW_LOGIN_MAX_FAILURES_PER_ADDRESS: '3',
      },
    });
  });
  afterAll(() => s?.close());

  const login = (email: string, password: string, forwardedFor: string) =>
    fetch(`${s.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ email, password }),
    });

  it('budgets by the forwarded client address behind a trusted proxy', async () => {
    for (const email of ['a@demo.local', 'b@demo.local', 'c@demo.local'])
      expect((await login(email, 'nope', '198.51.100.1')).status).toBe(401);
    const limited = await login('admin@demo.local', 'journeyflow', '198.51.100.1');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('too_many_attempts');
    expect((await login('admin@demo.local', 'journeyflow', '198.51.100.2')).status).toBe(200);
  });

  it('gives parallel guesses at one account only its budget, from any number of addresses', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => login('reviewer@demo.local', 'guess', `203.0.113.${i + 1}`)),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(4);
    expect(statuses.filter((status) => status === 429)).toHaveLength(6);
  });

  it('keeps answering /api/health within a second while made-up emails flood the login', async () => {
    const flood = Array.from({ length: 30 }, (_, i) =>
      login(`nobody${i}@demo.local`, 'nope', `192.0.2.${i + 1}`).then((r) => r.status),
    );
    const started = performance.now();
    const health = await fetch(`${s.url}/api/health`);
    expect(health.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1000);
    const statuses = await Promise.all(flood);
    expect(statuses.every((status) => status === 401 || status === 503)).toBe(true);
    expect(statuses).toContain(503);
  });
});
