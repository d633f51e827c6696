import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { createTestApp, type TestApp, type TestClient } from '../testing/createTestApp';

describe.each(databaseKinds)('segments API on %s', (kind) => {
  let t: TestApp;
  let marketer: TestClient;
  let admin: TestClient;
  let apiKey: string;

  const ingest = (path: string, body: unknown) =>
    t.anonymous.request('POST', path, body, { authorization: `Bearer ${apiKey}` });

  beforeAll(async () => {
    t = await createTestApp(kind);
    [marketer, admin] = await Promise.all([t.login('marketer@demo.local'), t.login('admin@demo.local')]);
    apiKey = (await admin.post('/api/api-keys', { name: 'tests' })).body.key;
    const customers = [
      {
        externalId: 'gold-sms',
        attributes: { name: 'Kim', city: 'Seoul' },
        consent: { sms: new Date().toISOString().slice(0, 10) },
      },
      { externalId: 'gold-nosms', attributes: { name: 'Lee', city: 'Busan' } },
      { externalId: 'silver', attributes: { name: 'Park', city: 'Seoul' } },
    ];
    expect((await ingest('/api/customers/batch', { customers })).status).toBeLessThan(300);
  }, 60_000);
  afterAll(() => t?.dispose());

  it('creates a dynamic segment, counts it live and lists it with its member count', async () => {
    const created = await marketer.post('/api/segments', {
      name: 'Seoul',
      condition: { attribute: 'city', op: 'eq', value: 'Seoul' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Seoul', type: 'dynamic', count: 2 });
    const preview = await marketer.get(`/api/segments/${created.body.id}/preview`);
    expect(preview.status).toBe(200);
    expect(preview.body.count).toBe(2);
    expect(preview.body.sample.map((c: { externalId: string }) => c.externalId).sort()).toEqual([
      'gold-sms',
      'silver',
    ]);
    const list = await marketer.get('/api/segments');
    expect(list.body.items.find((s: { id: string }) => s.id === created.body.id)).toMatchObject({ count: 2 });
  });

  it('previews an unsaved condition for the builder, with consent that is still valid', async () => {
    const preview = await marketer.post('/api/segments/preview', {
      condition: {
        all: [
          { attribute: 'city', op: 'eq', value: 'Seoul' },
          { attribute: 'consent.sms', op: 'exists' },
        ],
      },
    });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ count: 1, sample: [{ externalId: 'gold-sms' }] });
  });

  it('keeps membership current when a customer changes and reports the change', async () => {
    const segment = (
      await marketer.post('/api/segments', {
        name: 'Busan',
        condition: { attribute: 'city', op: 'eq', value: 'Busan' },
      })
    ).body;
    expect(segment.count).toBe(1);
    // Through Segment-compatible identify, which keeps segments in step.
    const identify = await t.anonymous.request(
      'POST',
      '/api/v1/identify',
      { userId: 'silver', traits: { city: 'Busan' } },
      { authorization: `Basic ${Buffer.from(`${apiKey}:`).toString('base64')}` },
    );
    expect(identify).toMatchObject({ status: 200, body: { success: true } });
    expect((await marketer.get(`/api/segments/${segment.id}`)).body.count).toBe(2);
    const members = await marketer.get(`/api/customers?segmentId=${segment.id}`);
    expect(members.body.items.map((c: { externalId: string }) => c.externalId).sort()).toEqual([
      'gold-nosms',
      'silver',
    ]);
  });

  it('refuses unknown segment references and deleting a segment another one uses', async () => {
    const bad = await marketer.post('/api/segments', {
      name: 'x',
      condition: { segment: 'seg_nope', in: true },
    });
    expect(bad.status).toBe(422);
    const base = (await marketer.post('/api/segments', { name: 'base', type: 'static' })).body;
    const user = (
      await marketer.post('/api/segments', { name: 'uses base', condition: { segment: base.id, in: true } })
    ).body;
    expect((await marketer.delete(`/api/segments/${base.id}`)).status).toBe(409);
    expect((await marketer.delete(`/api/segments/${user.id}`)).status).toBe(204);
    expect((await marketer.delete(`/api/segments/${base.id}`)).status).toBe(204);
    expect((await marketer.get(`/api/segments/${base.id}`)).status).toBe(404);
  });

  it('imports a CSV with attribute columns into a static segment and reports bad rows by line', async () => {
    const segment = (await marketer.post('/api/segments', { name: 'Partner audience', type: 'static' })).body;
    const csv =
      'externalId,interest\np-1,flights\n,hotels\np-2,"hotels, resorts"\np-1,dup\np-3\ngold-sms,flights\n';
    const res = await marketer.request('POST', `/api/segments/${segment.id}/import`, csv, {
      'content-type': 'text/csv',
    });
    expect(res.body).toMatchObject({ imported: 3 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      imported: 3,
      rejected: [
        { row: 2, reason: 'externalId is empty', code: 'invalid' },
        { row: 4, reason: 'duplicate of row 1', code: 'duplicate', externalId: 'p-1' },
        { row: 5, reason: 'expected 2 columns, found 1', code: 'invalid' },
      ],
      matched: 1,
      unknown: 2,
      created: 2,
      invalid: 2,
      duplicate: 1,
      idColumn: 'externalId',
    });
    const preview = await marketer.get(`/api/segments/${segment.id}/preview`);
    expect(preview.body.count).toBe(3);
    const p2 = await marketer.get('/api/customers/p-2');
    expect(p2.body.customer.attributes).toEqual({ interest: 'hotels, resorts' });
    const existing = await marketer.get('/api/customers/gold-sms');
    expect(existing.body.customer.attributes).toMatchObject({ name: 'Kim', interest: 'flights' });
    expect(existing.body.segments.map((s: { name: string }) => s.name)).toContain('Partner audience');

    // Importing the same file again changes nothing, so no customer row is rewritten (same xmin).
    const versions = () =>
      t.db.sql.query<{ external_id: string; xmin: string }>(
        `select external_id, xmin::text as xmin from customers where external_id in ('p-1', 'p-2', 'p-3', 'gold-sms') order by 1`,
      );
    const first = await versions();
    const again = await marketer.request('POST', `/api/segments/${segment.id}/import`, csv, {
      'content-type': 'text/csv',
    });
    expect(again.body).toMatchObject({ imported: 3 });
    expect(await versions()).toEqual(first);
    expect((await marketer.get(`/api/segments/${segment.id}/preview`)).body.count).toBe(3);
  });

  it('imports a JSON id list, refuses a dynamic segment and a CSV without externalId', async () => {
    const segment = (await marketer.post('/api/segments', { name: 'JSON audience', type: 'static' })).body;
    const res = await marketer.post(`/api/segments/${segment.id}/import`, {
      externalIds: ['j-1', 'j-2', ' ', 'j-1'],
    });
    expect(res.body).toEqual({
      imported: 2,
      rejected: [
        { row: 3, reason: 'externalId is empty', code: 'invalid' },
        { row: 4, reason: 'duplicate of row 1', code: 'duplicate', externalId: 'j-1' },
      ],
      matched: 0,
      unknown: 2,
      created: 2,
      invalid: 1,
      duplicate: 1,
    });
    const noColumn = await marketer.request('POST', `/api/segments/${segment.id}/import`, 'id\nx\n', {
      'content-type': 'text/csv',
    });
    expect(noColumn.status).toBe(422);
    const dynamic = (await marketer.get('/api/segments')).body.items.find(
      (s: { type: string }) => s.type === 'dynamic',
    );
    expect((await marketer.post(`/api/segments/${dynamic.id}/import`, { externalIds: ['a'] })).status).toBe(
      422,
    );
  });

  it('skips and reports unknown ids unless createUnknown, and previews with dryRun without writing', async () => {
    const segment = (await marketer.post('/api/segments', { name: 'Honest audience', type: 'static' })).body;
    const csv = 'user_id,memo\ngold-sms,a\nnobody-1,b\n\nnobody-2,c\ngold-sms,d\n';
    const before = await t.rowCounts();
    const preview = await marketer.request(
      'POST',
      `/api/segments/${segment.id}/import?createUnknown=false&dryRun=true`,
      csv,
      { 'content-type': 'text/csv' },
    );
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      dryRun: true,
      imported: 1,
      matched: 1,
      unknown: 2,
      created: 0,
      duplicate: 1,
    });
    expect(preview.body.idColumn).toBe('user_id');
    expect(await t.rowCounts()).toEqual(before);

    const res = await marketer.request(
      'POST',
      `/api/segments/${segment.id}/import?createUnknown=false`,
      csv,
      {
        'content-type': 'text/csv',
      },
    );
    expect(res.body.rejected).toEqual([
      { row: 2, reason: 'no customer has this externalId', code: 'unknown', externalId: 'nobody-1' },
      { row: 4, reason: 'no customer has this externalId', code: 'unknown', externalId: 'nobody-2' },
      { row: 5, reason: 'duplicate of row 1', code: 'duplicate', externalId: 'gold-sms' },
    ]);
    expect(res.body).toMatchObject({ imported: 1, matched: 1, unknown: 2, created: 0 });
    expect((await marketer.get('/api/customers/nobody-1')).status).toBe(404);
    expect((await marketer.get(`/api/segments/${segment.id}`)).body.count).toBe(1);

    const created = await marketer.post(`/api/segments/${segment.id}/import`, {
      externalIds: ['nobody-1'],
      createUnknown: true,
    });
    expect(created.body).toMatchObject({ imported: 1, created: 1, unknown: 1 });
    expect((await marketer.get('/api/customers/nobody-1')).status).toBe(200);
  });

  it('imports nothing when the database fails halfway (all or nothing)', async () => {
    const segment = (await marketer.post('/api/segments', { name: 'Atomic', type: 'static' })).body;
    // A real database failure on the 20,001st row, in the second statement chunk.
    await t.db.sql.query(`create or replace function jf_test_explode() returns trigger language plpgsql as $$
      begin if new.external_id = 'explode' then raise exception 'disk on fire'; end if; return new; end $$`);
    await t.db.sql.query(
      'create trigger jf_test_explode before insert on customers for each row execute function jf_test_explode()',
    );
    try {
      const before = await t.rowCounts();
      const ids = Array.from({ length: 20_000 }, (_, i) => `atomic-${i}`);
      const res = await marketer.post(`/api/segments/${segment.id}/import`, {
        externalIds: [...ids, 'explode'],
      });
      expect(res.status).toBe(500);
      const after = await t.rowCounts();
      expect(after.customers).toBe(before.customers);
      expect(after.segment_members).toBe(before.segment_members);
      expect((await marketer.get(`/api/segments/${segment.id}`)).body.count).toBe(0);
    } finally {
      await t.db.sql.query('drop trigger jf_test_explode on customers');
    }
  }, 60_000);

  it('imports 100,000 CSV rows in one request, every row counted (speed is measured by pnpm bench)', async () => {
    const segment = (await marketer.post('/api/segments', { name: 'Big audience', type: 'static' })).body;
    const lines = ['externalId,source'];
    for (let i = 0; i < 100_000; i++) lines.push(`bulk-${i},partner`);
    const res = await marketer.request('POST', `/api/segments/${segment.id}/import`, lines.join('\n'), {
      'content-type': 'text/csv',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      imported: 100_000,
      rejected: [],
      matched: 0,
      unknown: 100_000,
      created: 100_000,
      invalid: 0,
      duplicate: 0,
      idColumn: 'externalId',
    });
    expect((await marketer.get(`/api/segments/${segment.id}`)).body.count).toBe(100_000);
  }, 120_000);
});
