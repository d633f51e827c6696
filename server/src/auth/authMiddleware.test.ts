import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { createErrorHandler } from '../errors/handleError';
import { createRouter } from '../http/createRouter';
import { createTestApp, type TestApp } from '../testing/createTestApp';
import { requireApiKeyBasicAuth, requireIngestionAuth } from './authMiddleware';

describe.each(databaseKinds)('ingestion auth middlewares on %s', (kind) => {
  let t: TestApp;
  let key: string;
  let router: ReturnType<typeof createRouter>;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const admin = await t.login('admin@demo.local');
    key = (await admin.post('/api/api-keys', { name: 'ingest' })).body.key;
    // A stand-in for the ingestion routes other areas mount: it echoes who was let in.
    router = createRouter();
    router.onError(createErrorHandler(t.deps.logger));
    router.post('/api/events', requireIngestionAuth(t.deps), (c) => c.json(c.get('principal')));
    router.post('/api/v1/track', requireApiKeyBasicAuth(t.deps), (c) => c.json(c.get('principal')));
  });
  afterAll(() => t?.dispose());

  const post = (path: string, headers: Record<string, string>) =>
    router.request(path, { method: 'POST', headers });

  it('accepts a workspace API key as Bearer and reports its workspace', async () => {
    const res = await post('/api/events', { authorization: `Bearer ${key}` });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ kind: 'apiKey', workspaceId: 'ws_demo' });
    const [row] = await t.db.sql.query<{ last_used_at: Date | null }>('select last_used_at from api_keys');
    expect(row?.last_used_at).toBeInstanceOf(Date);
  });

  it('accepts a session cookie instead of a key', async () => {
    const login = await t.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'marketer@demo.local', password: 'journeyflow' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const res = await post('/api/events', { cookie });
    expect(await res.json()).toMatchObject({ kind: 'user', role: 'marketer', workspaceId: 'ws_demo' });
  });

  it('refuses missing, unknown and revoked keys with 401', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer jf_live_notakey' },
      { authorization: 'Token abc' },
    ];
    for (const headers of attempts) {
      const res = await post('/api/events', headers);
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    }
  });

  it('takes the key as the Basic-auth username on /api/v1 (Segment style)', async () => {
    const basic = `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
    const res = await post('/api/v1/track', { authorization: basic });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ kind: 'apiKey', workspaceId: 'ws_demo' });
    const wrong = await post('/api/v1/track', {
      authorization: `Basic ${Buffer.from('nope:').toString('base64')}`,
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Basic/);
  });

  it('remembers a resolved key briefly, so bursts of events cost no lookup', async () => {
    const admin = await t.login('admin@demo.local');
    const created = (await admin.post('/api/api-keys', { name: 'bursty' })).body;
    expect((await post('/api/events', { authorization: `Bearer ${created.key}` })).status).toBe(200);
    // Another process revoking it is noticed only after API_KEY_CACHE_MS; this one still answers from memory.
    await t.db.sql.query('delete from api_keys where id = $1', [created.id]);
    expect((await post('/api/events', { authorization: `Bearer ${created.key}` })).status).toBe(200);
  });

  it('stops accepting a key once it is deleted', async () => {
    const admin = await t.login('admin@demo.local');
    const created = (await admin.post('/api/api-keys', { name: 'short-lived' })).body;
    expect((await post('/api/events', { authorization: `Bearer ${created.key}` })).status).toBe(200);
    await admin.delete(`/api/api-keys/${created.id}`);
    expect((await post('/api/events', { authorization: `Bearer ${created.key}` })).status).toBe(401);
  });
});
