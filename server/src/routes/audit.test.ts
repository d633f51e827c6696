import { auditEntityTypeSchema } from '@journeyflow/shared/api/audit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../auth/csrfProtection';
import { databaseKinds } from '../db/testDatabase';
import { DEMO_PASSWORD } from '../services/seedDemoWorkspace';
import { createTestApp, minimalValidGraph, type TestApp, type TestClient } from '../testing/createTestApp';

type Entry = { action: string; entityType: string; entityId: string; actorId: string | null };

describe.each(databaseKinds)('workspace audit trail on %s', (kind) => {
  let t: TestApp;
  let marketer: TestClient;
  let admin: TestClient;
  const startedAt = new Date(Date.now() - 1000).toISOString();

  beforeAll(async () => {
    t = await createTestApp(kind);
    [marketer, admin] = await Promise.all([t.login('marketer@demo.local'), t.login('admin@demo.local')]);
  });
  afterAll(() => t?.dispose());

  const all = async (query = ''): Promise<Entry[]> => {
    const res = await admin.get(`/api/audit?limit=500${query}`);
    expect(res.status).toBe(200);
    return res.body.items;
  };

  it('records every kind of change with actor and before/after, secrets redacted', async () => {
    const journey = await marketer.post('/api/journeys', {
      name: 'A',
      graph: minimalValidGraph(),
      settings: {},
    });
    const template = await marketer.post('/api/templates', {
      name: 'T',
      channel: 'sms',
      purpose: 'info',
      content: { text: 'hi' },
    });
    await marketer.put(`/api/templates/${template.body.id}`, {
      name: 'T',
      channel: 'sms',
      purpose: 'info',
      content: { text: 'hi again' },
    });
    const segment = await marketer.post('/api/segments', {
      name: 'S',
      condition: { attribute: 'city', op: 'eq', value: 'Seoul' },
    });
    expect((await admin.put('/api/grades', { tiers: [{ name: 'VIP', rule: null }] })).status).toBe(200);
    const secret = 'super-secret-value-456';
    expect(
      (
        await admin.put('/api/channel-settings/sms', {
          provider: 'solapi',
          baseUrl: 'http://127.0.0.1:9',
          apiKey: 'NCS_LIVE_KEY_123',
          apiSecret: secret,
          senderNumber: '02-1234-5678',
        })
      ).status,
    ).toBe(200);
    expect((await admin.put('/api/channel-prices', { SMS: 9.9 })).status).toBe(200);
    expect(
      (
        await admin.put('/api/messaging-settings', {
          senderName: '샵',
          optoutLine: '무료수신거부 080-123-4567',
        })
      ).status,
    ).toBe(200);
    expect((await marketer.post('/api/optouts', { phones: ['010-5555-6666'] })).status).toBe(200);
    const user = await admin.post('/api/users', {
      email: 'audited@demo.local',
      name: 'Audited',
      role: 'marketer',
      password: 'a-long-password',
    });
    expect(user.status).toBe(201);
    const key = await admin.post('/api/api-keys', { name: 'backend' });
    expect(key.status).toBe(201);
    await marketer.post('/api/customers', { externalId: 'gone-1', attributes: { phone: '01099998888' } });
    expect((await admin.delete('/api/customers/gone-1')).status).toBe(200);

    const entries = await all();
    const kinds = new Set(entries.map((e) => e.entityType));
    // Every kind of change the trail records, but those this test does not make (each has its own suite).
    const made = auditEntityTypeSchema.exclude([
      'alimtalk_template',
      'workspace',
      'session',
      'invitation',
      'test_recipient',
      'test_send',
    ]).options;
    expect(made).toHaveLength(11);
    for (const kind of made) expect(kinds, kind).toContain(kind);
    const templateUpdate = entries.find((e) => e.entityType === 'template' && e.action === 'updated');
    expect(templateUpdate).toMatchObject({
      entityId: template.body.id,
      before: { content: { text: 'hi' } },
      after: { content: { text: 'hi again' } },
      actorName: expect.any(String),
    });
    expect(entries.find((e) => e.entityId === journey.body.id)).toMatchObject({ action: 'created' });
    expect(entries.find((e) => e.entityId === segment.body.id)).toMatchObject({ action: 'created' });
    // Neither the credential nor the erased customer's id is anywhere in the trail.
    const text = JSON.stringify(entries);
    expect(text).not.toContain(secret);
    expect(text).not.toContain('NCS_LIVE_KEY_123');
    expect(text).not.toContain('gone-1');
    expect(text).not.toContain(key.body.key);
  });

  it('filters by entity, actor and time, pages with a cursor, and is admin-only', async () => {
    expect((await marketer.get('/api/audit')).status).toBe(403);
    expect((await marketer.get('/api/audit/export?format=csv')).status).toBe(403);

    const templates = await all('&entity=template');
    expect(templates.length).toBeGreaterThanOrEqual(2);
    expect(templates.every((e) => e.entityType === 'template')).toBe(true);

    const me = (await marketer.get('/api/auth/me')).body;
    const marketerId = (me.user?.id ?? me.id) as string;
    const byMarketer = await all(`&actor=${marketerId}`);
    expect(byMarketer.length).toBeGreaterThan(0);
    expect(byMarketer.every((e) => e.actorId === marketerId)).toBe(true);
    expect(await all('&actor=marketer@demo.local')).toEqual(byMarketer);

    expect(await all(`&to=${encodeURIComponent(startedAt)}&entity=template`)).toEqual([]);
    const future = new Date(Date.now() + 3600_000).toISOString();
    expect(await all(`&from=${encodeURIComponent(future)}`)).toEqual([]);

    const everything = await all();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } =
        await admin.get(`/api/audit?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...res.body.items.map((e: { id: string }) => e.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(everything.map((e) => (e as unknown as { id: string }).id));

    expect((await admin.get('/api/audit?cursor=not-a-cursor')).status).toBe(400);
    expect((await admin.get('/api/audit?from=yesterday')).status).toBe(422);
    expect((await admin.get('/api/audit?limit=0')).status).toBe(422);
    expect((await admin.get('/api/audit/export?format=pdf')).status).toBe(422);
    expect((await admin.post('/api/segment-change-requests/sgc_nope/approve')).status).toBe(404);
    expect((await admin.put('/api/review-settings', { segmentEditsNeedApproval: 'yes' })).status).toBe(422);
  });

  it('exports the filtered trail as CSV with a BOM', async () => {
    const login = await t.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: CSRF_HEADER_VALUE },
      body: JSON.stringify({ email: 'admin@demo.local', password: DEMO_PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const res = await t.app.request('/api/audit/export?format=csv&entity=template', {
      headers: { cookie, [CSRF_HEADER]: CSRF_HEADER_VALUE },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
    expect(lines[0]).toBe('time,actor,actorId,action,entityType,entityId,before,after,details');
    expect(lines.length).toBe((await all('&entity=template')).length + 1);
    expect(lines.slice(1).every((line) => line.includes(',template,'))).toBe(true);
  });
});
