import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { createTestApp, type TestApp, type TestClient } from '../testing/createTestApp';

describe.each(databaseKinds)('customers, grades and privacy erase API on %s', (kind) => {
  let t: TestApp;
  let marketer: TestClient;
  let admin: TestClient;
  let apiKey: string;
  const withKey = (method: string, path: string, body?: unknown) =>
    t.anonymous.request(method, path, body, { authorization: `Bearer ${apiKey}` });

  beforeAll(async () => {
    t = await createTestApp(kind);
    [marketer, admin] = await Promise.all([t.login('marketer@demo.local'), t.login('admin@demo.local')]);
    apiKey = (await admin.post('/api/api-keys', { name: 'tests', scopes: ['ingest', 'customers:erase'] }))
      .body.key;
    await withKey('POST', '/api/customers/batch', {
      customers: [
        {
          externalId: 'kim',
          attributes: { name: '김민수', email: 'minsu@example.com' },
          consent: { sms: '2024-01-01' },
        },
        { externalId: 'lee', attributes: { name: 'Lee', phone: '01012345678' } },
      ],
    });
  }, 60_000);
  afterAll(() => t?.dispose());

  it('searches by name, email or phone and filters by grade', async () => {
    expect(
      (await marketer.get('/api/customers?q=민수')).body.items.map(
        (c: { externalId: string }) => c.externalId,
      ),
    ).toEqual(['kim']);
    expect(
      (await marketer.get('/api/customers?q=5678')).body.items.map(
        (c: { externalId: string }) => c.externalId,
      ),
    ).toEqual(['lee']);
    expect((await marketer.get('/api/customers?q=%25')).body.items).toEqual([]);
    expect((await marketer.get('/api/customers?grade=VIP')).body.items).toEqual([]);
  });

  it('saves grade tiers, re-grades everyone and shows the grade history on the profile', async () => {
    // Grade tiers are an admin decision (they start entry.grade journeys).
    const put = await admin.put('/api/grades', {
      tiers: [
        { name: 'VIP', rule: { attribute: 'rfm.monetary_90d', op: 'gte', value: 1_000_000 } },
        { name: 'Member', rule: null },
      ],
    });
    expect(put.status).toBe(200);
    expect((await marketer.get('/api/grades')).body.tiers.map((x: { name: string }) => x.name)).toEqual([
      'VIP',
      'Member',
    ]);
    const duplicate = await admin.put('/api/grades', {
      tiers: [
        { name: 'A', rule: null },
        { name: 'A', rule: null },
      ],
    });
    expect(duplicate.status).toBe(422);
    const profile = await marketer.get('/api/customers/kim');
    expect(profile.status).toBe(200);
    expect(profile.body.customer.grade).toBe('Member');
    expect(profile.body.gradeHistory).toEqual([
      { from: null, to: 'Member', reason: 'tiers_changed', changedAt: expect.any(String) },
    ]);
    expect(profile.body.consentStatus.find((c: { channel: string }) => c.channel === 'sms')).toMatchObject({
      givenAt: '2024-01-01T00:00:00.000Z',
      expiresAt: '2025-12-31T00:00:00.000Z',
    });
    expect(profile.body.recentEvents.map((e: { name: string }) => e.name)).toContain('grade_changed');
    expect((await marketer.get('/api/customers?grade=Member')).body.items).toHaveLength(2);
  });

  it('erases a customer with the API key or as admin, never as a marketer', async () => {
    expect((await marketer.delete('/api/customers/lee')).status).toBe(403);
    const writeKey = (await admin.post('/api/api-keys', { name: 'browser' })).body.key;
    const refused = await t.anonymous.request('DELETE', '/api/customers/lee', undefined, {
      authorization: `Bearer ${writeKey}`,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('insufficient_scope');
    const erased = await withKey('DELETE', '/api/customers/lee');
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ erased: true });
    expect((await marketer.get('/api/customers/lee')).status).toBe(404);
    expect((await admin.delete('/api/customers/kim')).status).toBe(200);
    expect((await marketer.get('/api/customers')).body.items).toEqual([]);
    expect((await admin.delete('/api/customers/kim')).status).toBe(404);
  });
});
