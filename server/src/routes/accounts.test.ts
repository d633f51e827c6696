import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { minimalValidGraph } from '../testing/createTestApp';
import { useTestApp } from '../testing/useTestApp';

describe.each(databaseKinds)('users, workspaces and API keys on %s', (kind) => {
  const h = useTestApp(kind, ['admin', 'marketer']);

  /** The body of `POST /api/users` adding a marketer who signs in with `a-long-password`. */
  const aMarketer = (email: string, name: string) => ({
    email,
    name,
    role: 'marketer',
    password: 'a-long-password',
  });

  it('lets admins add, list, re-role and deactivate users; deactivation ends their sessions', async () => {
    const created = await h.admin.post('/api/users', aMarketer('New.Person@demo.local', 'New Person'));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: 'new.person@demo.local', role: 'marketer', active: true });
    expect(JSON.stringify(created.body)).not.toMatch(/password/i);

    const duplicate = await h.admin.post('/api/users', aMarketer('new.person@demo.local', 'Again'));
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('conflict');

    const person = await h.t.login('new.person@demo.local', 'a-long-password');
    expect((await person.get('/api/auth/me')).body.user.role).toBe('marketer');

    const promoted = await h.admin.patch(`/api/users/${created.body.id}`, { role: 'reviewer' });
    expect(promoted.body.role).toBe('reviewer');
    expect((await person.get('/api/auth/me')).body.user.role).toBe('reviewer');

    const deactivated = await h.admin.patch(`/api/users/${created.body.id}`, { active: false });
    expect(deactivated.body.active).toBe(false);
    expect((await person.get('/api/auth/me')).status).toBe(401);
    await expect(h.t.login('new.person@demo.local', 'a-long-password')).rejects.toThrow(/401/);

    const list = await h.admin.get('/api/users');
    expect(list.body.items.map((u: { email: string }) => u.email)).toContain('new.person@demo.local');
  });

  it('keeps user and key management to admins', async () => {
    const before = await h.t.rowCounts();
    const attempts = [
      await h.marketer.get('/api/users'),
      await h.marketer.post('/api/users', {
        email: 'x@demo.local',
        name: 'X',
        role: 'admin',
        password: '12345678',
      }),
      await h.marketer.get('/api/api-keys'),
      await h.marketer.post('/api/api-keys', { name: 'mine' }),
      await h.marketer.post('/api/workspaces', {
        name: 'Mine',
        admin: { email: 'x@y.z', name: 'X', password: '12345678' },
      }),
    ];
    for (const res of attempts) {
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    expect(await h.t.rowCounts()).toEqual(before);
  });

  it('refuses an admin deactivating or demoting themselves', async () => {
    const me = await h.admin.get('/api/auth/me');
    const res = await h.admin.patch(`/api/users/${me.body.user.id}`, { active: false });
    expect(res.status).toBe(409);
  });

  it('creates API keys shown once and stored hashed, accepted as Bearer on ingestion auth', async () => {
    const created = await h.admin.post('/api/api-keys', { name: 'Shop backend' });
    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^jf_live_[\w-]{40,}$/);
    const rows = await h.t.db.sql.query<{ key_hash: string }>('select key_hash from api_keys');
    expect(rows.some((r) => r.key_hash === created.body.key)).toBe(false);

    const list = await h.admin.get('/api/api-keys');
    expect(list.body.items).toEqual([
      expect.objectContaining({
        id: created.body.id,
        name: 'Shop backend',
        prefix: created.body.key.slice(0, 14),
        scopes: ['ingest'],
      }),
    ]);
    expect(JSON.stringify(list.body)).not.toContain(created.body.key);

    expect((await h.admin.delete(`/api/api-keys/${created.body.id}`)).status).toBe(204);
    expect((await h.admin.delete(`/api/api-keys/${created.body.id}`)).status).toBe(404);
    expect((await h.admin.get('/api/api-keys')).body.items).toEqual([]);

    // The audit log names the key by its name, never by the key itself.
    const audit = await h.t.db.sql.query<{ action: string; entity_id: string; details: unknown }>(
      `select action, entity_id, details from audit_log where entity_type = 'api_key' order by created_at, action`,
    );
    expect(audit).toEqual([
      {
        action: 'api_key.create',
        entity_id: created.body.id,
        details: { name: 'Shop backend', scopes: ['ingest'] },
      },
      { action: 'api_key.delete', entity_id: created.body.id, details: { name: 'Shop backend' } },
    ]);
    expect(JSON.stringify(audit)).not.toContain(created.body.key);
  });

  it('creates a separate workspace whose data the creator cannot see, and isolates every id (404)', async () => {
    const created = await h.admin.post('/api/workspaces', {
      name: 'Other Co',
      admin: { email: 'boss@other.example', name: 'Boss', password: 'other-password' },
    });
    expect(created.status).toBe(201);
    expect(created.body.admin).toMatchObject({ role: 'admin', workspaceId: created.body.workspace.id });

    const other = await h.t.login('boss@other.example', 'other-password');
    expect((await other.get('/api/auth/me')).body.user.workspaceName).toBe('Other Co');
    expect((await other.get('/api/users')).body.items).toHaveLength(1);
    expect((await other.get('/api/journeys')).body.items).toEqual([]);

    // Data of the demo workspace is invisible to the other admin…
    const journey = (
      await h.marketer.post('/api/journeys', { name: 'Demo only', graph: minimalValidGraph() })
    ).body;
    const demoUsers = (await h.admin.get('/api/users')).body.items as { id: string }[];
    const demoKey = (await h.admin.post('/api/api-keys', { name: 'demo' })).body;
    const before = await h.t.rowCounts();
    const probes = [
      await other.get(`/api/journeys/${journey.id}`),
      await other.put(`/api/journeys/${journey.id}`, { name: 'hijack', revision: 1 }),
      await other.delete(`/api/journeys/${journey.id}`),
      await other.post(`/api/journeys/${journey.id}/submit`),
      await other.post(`/api/journeys/${journey.id}/validate`),
      await other.post(`/api/journeys/${journey.id}/archive`),
      await other.post(`/api/journeys/${journey.id}/publish`),
      await other.get(`/api/journeys/${journey.id}/versions`),
      await other.get(`/api/journeys/${journey.id}/versions/1`),
      await other.get(`/api/journeys/${journey.id}/diff`),
      await other.get(`/api/journeys/${journey.id}/audit`),
      await other.get(`/api/journeys/${journey.id}/comments`),
      await other.post(`/api/journeys/${journey.id}/comments`, { body: 'hello' }),
      await other.patch(`/api/users/${demoUsers[0]?.id}`, { role: 'marketer' }),
      await other.delete(`/api/api-keys/${demoKey.id}`),
    ];
    for (const res of probes) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
    expect(await h.t.rowCounts()).toEqual(before);
    // …and the creator got no access to the new one.
    const newAdminId = created.body.admin.id;
    expect((await h.admin.patch(`/api/users/${newAdminId}`, { role: 'marketer' })).status).toBe(404);
    expect((await h.admin.get('/api/users')).body.items.map((u: { id: string }) => u.id)).not.toContain(
      newAdminId,
    );
  });
});
