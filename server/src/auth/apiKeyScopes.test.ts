import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { API_KEY_SCOPES, type ApiKeyScope } from '@journeyflow/shared/api/apiKeys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../db/openDatabase';
import { databaseKinds } from '../db/testDatabase';
import { createTestApp, type TestApp, type TestClient } from '../testing/createTestApp';

describe.each(databaseKinds)('API key scopes on %s', (kind) => {
  let t: TestApp;
  let admin: TestClient;
  let workspaceId: string;

  const keyWith = async (scopes?: ApiKeyScope[]): Promise<string> => {
    const res = await admin.post('/api/api-keys', { name: `key ${scopes?.join(' ') ?? 'default'}`, scopes });
    expect(res.status).toBe(201);
    return res.body.key;
  };
  const asKey = (key: string, method: string, urlPath: string, body?: unknown) =>
    t.anonymous.request(method, urlPath, body, { authorization: `Bearer ${key}` });
  /** A Segment-style `track` call, the key as the Basic user name (what Segment's SDKs send). */
  const trackWithWriteKey = (key: string) =>
    t.anonymous.request(
      'POST',
      '/api/v1/track',
      { userId: 'scope-1', event: 'Viewed' },
      { authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` },
    );

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.login('admin@demo.local');
    workspaceId = (await admin.get('/api/auth/me')).body.user.workspaceId;
    await t.db.sql.query(
      `insert into customers (id, workspace_id, external_id, attributes, consent)
       values ('cus_scope', $1, 'scope-1', '{}', '{}')`,
      [workspaceId],
    );
  }, 60_000);
  afterAll(() => t?.dispose());

  it('makes a public write key without scopes and lists every key with its scopes', async () => {
    const plain = await admin.post('/api/api-keys', { name: 'browser' });
    expect(plain.body.scopes).toEqual(['ingest']);
    const server = await admin.post('/api/api-keys', {
      name: 'backend',
      scopes: ['optouts:read', 'customers:erase', 'customers:erase'],
    });
    expect(server.body.scopes).toEqual(['customers:erase', 'optouts:read']);
    const list = (await admin.get('/api/api-keys')).body.items as { id: string; scopes: string[] }[];
    expect(list.find((k) => k.id === plain.body.id)?.scopes).toEqual(['ingest']);
    expect(list.find((k) => k.id === server.body.id)?.scopes).toEqual(['customers:erase', 'optouts:read']);
  });

  it('refuses unknown or empty scopes with 422', async () => {
    for (const scopes of [['admin'], [], 'ingest', ['ingest', 'everything']]) {
      const res = await admin.post('/api/api-keys', { name: 'bad', scopes });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('validation_failed');
    }
  });

  it('lets a public write key ingest, and nothing else (403 insufficient_scope)', async () => {
    const key = await keyWith();
    expect((await asKey(key, 'POST', '/api/events', { externalId: 'scope-1', name: 'viewed' })).status).toBe(
      202,
    );
    expect((await asKey(key, 'POST', '/api/customers', { externalId: 'scope-2' })).status).toBe(200);
    const track = await trackWithWriteKey(key);
    expect(track.status).toBe(200);

    const refused: [string, string, unknown, ApiKeyScope][] = [
      ['POST', '/api/inapp/token', { externalId: 'scope-1' }, 'inapp:token'],
      ['DELETE', '/api/customers/scope-1', undefined, 'customers:erase'],
      ['GET', '/api/optouts', undefined, 'optouts:read'],
      ['POST', '/api/delivery-status', { outboxId: 'msg_none', status: 'failed' }, 'delivery:report'],
    ];
    for (const [method, urlPath, body, scope] of refused) {
      const res = await asKey(key, method, urlPath, body);
      expect(res.status, `${method} ${urlPath}`).toBe(403);
      expect(res.body.error).toMatchObject({ code: 'insufficient_scope', details: { scope } });
    }
    expect((await admin.get('/api/customers/scope-1')).status).toBe(200);
  });

  it('lets a server key do exactly what its scopes name', async () => {
    const tokenKey = await keyWith(['inapp:token']);
    expect((await asKey(tokenKey, 'POST', '/api/inapp/token', { externalId: 'scope-1' })).status).toBe(200);
    expect((await asKey(tokenKey, 'POST', '/api/events', { externalId: 'scope-1', name: 'x' })).status).toBe(
      403,
    );
    const track = await trackWithWriteKey(tokenKey);
    expect(track.status).toBe(403);

    const optoutKey = await keyWith(['optouts:read']);
    expect((await asKey(optoutKey, 'GET', '/api/optouts')).status).toBe(200);
    const reportKey = await keyWith(['delivery:report']);
    expect(
      (await asKey(reportKey, 'POST', '/api/delivery-status', { outboxId: 'msg_none', status: 'failed' }))
        .status,
    ).toBe(404);
    const eraseKey = await keyWith(['customers:erase']);
    expect((await asKey(eraseKey, 'DELETE', '/api/customers/scope-2')).status).toBe(200);
  });

  it('never lets a session cookie report delivery status', async () => {
    const res = await admin.post('/api/delivery-status', { outboxId: 'msg_none', status: 'failed' });
    expect(res.status).toBe(401);
  });
});

describe('the scopes migration', () => {
  it('gives keys made before scopes existed every scope, and new keys only ingest', async () => {
    const statements = (file: string) =>
      readFileSync(path.join(migrationsFolder, file), 'utf8')
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter(Boolean);
    const journal = JSON.parse(
      readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
    ) as {
      entries: { tag: string }[];
    };
    const tags = journal.entries.map((e) => e.tag);
    const scopesAt = tags.findIndex((tag) =>
      readFileSync(path.join(migrationsFolder, `${tag}.sql`), 'utf8').includes('"scopes"'),
    );
    expect(scopesAt).toBeGreaterThan(0);
    const pg = await PGlite.create();
    try {
      for (const tag of tags.slice(0, scopesAt)) for (const s of statements(`${tag}.sql`)) await pg.exec(s);
      await pg.exec(`insert into workspaces (id, name) values ('ws_old', 'Old');
        insert into api_keys (id, workspace_id, name, key_hash, key_prefix) values ('key_old', 'ws_old', 'old', 'h', 'p')`);
      for (const s of statements(`${tags[scopesAt]}.sql`)) await pg.exec(s);
      await pg.exec(
        `insert into api_keys (id, workspace_id, name, key_hash, key_prefix) values ('key_new', 'ws_old', 'new', 'h2', 'p')`,
      );
      const rows = await pg.query<{ id: string; scopes: string[] }>(
        'select id, scopes from api_keys order by id',
      );
      expect(rows.rows).toEqual([
        { id: 'key_new', scopes: ['ingest'] },
        { id: 'key_old', scopes: [...API_KEY_SCOPES] },
      ]);
    } finally {
      await pg.close();
    }
  });
});
