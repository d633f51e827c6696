import { LIMITS } from '@journeyflow/shared/limits';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { createTestApp, type TestApp, type TestClient } from '../testing/createTestApp';

const leaf = { attribute: 'city', op: 'eq', value: 'Seoul' };

/** The members of a segment whose score is above 2. */
const scoredIn = (segmentId: string) => ({
  all: [
    { segment: segmentId, in: true },
    { attribute: 'score', op: 'gt', value: 2 },
  ],
});

const nestedNotText = (depth: number) =>
  `${'{"not":'.repeat(depth)}${JSON.stringify(leaf)}${'}'.repeat(depth)}`;

describe.each(databaseKinds)('bounded input on %s', (kind) => {
  let t: TestApp;
  let marketer: TestClient;
  let apiKey: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const admin = await t.login('admin@demo.local');
    marketer = await t.login('marketer@demo.local');
    apiKey = (await admin.post('/api/api-keys', { name: 'tests' })).body.key;
    const customers = [
      { externalId: 'kim', attributes: { name: 'Kim', city: 'Seoul', score: 5 } },
      { externalId: 'lee', attributes: { name: 'Lee', city: 'Seoul', score: 1 } },
      { externalId: 'park', attributes: { name: 'Park', city: 'Busan', score: 9 } },
    ];
    const ingested = await t.anonymous.request(
      'POST',
      '/api/customers/batch',
      { customers },
      {
        authorization: `Bearer ${apiKey}`,
      },
    );
    expect(ingested.status).toBeLessThan(300);
  }, 60_000);
  afterAll(() => t?.dispose());

  it('answers a condition nested 2,000 deep with 422 limit_exceeded, not 500 (save and preview)', async () => {
    // 2,000 levels pass the body's JSON depth check only if raised; the condition cap answers first here.
    for (const depth of [LIMITS.conditionDepth + 1, 40]) {
      const body = `{"name":"deep","condition":${nestedNotText(depth)}}`;
      const saved = await marketer.request('POST', '/api/segments', body);
      expect(saved.status).toBe(422);
      expect(saved.body.error).toMatchObject({
        code: 'limit_exceeded',
        details: { limit: 'conditionDepth', max: LIMITS.conditionDepth },
      });
      const preview = await marketer.request(
        'POST',
        '/api/segments/preview',
        `{"condition":${nestedNotText(depth)}}`,
      );
      expect(preview.status).toBe(422);
      expect(preview.body.error.code).toBe('limit_exceeded');
    }
    const deep = await marketer.request(
      'POST',
      '/api/segments',
      `{"name":"deep","condition":${nestedNotText(2_000)}}`,
    );
    expect(deep.status).toBe(422);
    expect(deep.body.error).toMatchObject({ code: 'limit_exceeded', details: { limit: 'jsonDepth' } });
  });

  it('a stored condition deeper than the cap (saved before it) is refused on preview, not a stack overflow', async () => {
    const [user] = await t.db.sql.query<{ workspace_id: string }>(
      `select workspace_id from users where email = 'marketer@demo.local'`,
    );
    await t.db.sql.query(
      `insert into segments (id, workspace_id, name, type, condition) values ('seg_deep', $1, 'deep', 'dynamic', ($2::text)::jsonb)`,
      [user!.workspace_id, nestedNotText(3_000)],
    );
    const preview = await marketer.get('/api/segments/seg_deep/preview');
    expect(preview.status).toBe(422);
    expect(preview.body.error).toMatchObject({
      code: 'limit_exceeded',
      details: { limit: 'conditionDepth' },
    });
    await t.db.sql.query(`delete from segments where id = 'seg_deep'`);
  });

  it('refuses any JSON body nested past the cap before a handler walks it (customer attributes)', async () => {
    const attributes = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
    const response = await t.anonymous.request(
      'POST',
      '/api/customers',
      `{"externalId":"deep","attributes":${attributes}}`,
      { authorization: `Bearer ${apiKey}` },
    );
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({
      code: 'limit_exceeded',
      details: { limit: 'jsonDepth', max: LIMITS.jsonDepth },
    });
    expect((await t.anonymous.request('GET', '/api/health')).status).toBe(200);
  });

  it('refuses a 70,000-value in list at save, writing nothing', async () => {
    const before = await t.rowCounts();
    const value = Array.from({ length: 70_000 }, (_, i) => `c${i}`);
    const response = await marketer.post('/api/segments', {
      name: 'huge',
      condition: { attribute: 'city', op: 'in', value },
    });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({
      code: 'limit_exceeded',
      details: { limit: 'inListLength', max: LIMITS.inListLength },
    });
    expect(await t.rowCounts()).toEqual(before);
  });

  it('refuses a journey graph over the step cap with limit_exceeded', async () => {
    const nodes = Array.from({ length: LIMITS.graphNodes + 1 }, (_, i) => ({
      id: `n${i}`,
      type: 'exit',
      position: { x: 0, y: 0 },
      settings: {},
    }));
    const response = await marketer.post('/api/journeys', { name: 'huge', graph: { nodes, edges: [] } });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({
      code: 'limit_exceeded',
      details: { limit: 'graphNodes', max: LIMITS.graphNodes },
    });
  });

  it('refuses direct and indirect segment cycles with segment_cycle', async () => {
    const a = await marketer.post('/api/segments', { name: 'A', condition: leaf });
    const b = await marketer.post('/api/segments', { name: 'B', condition: scoredIn(a.body.id) });
    expect(b.status).toBe(201);
    const self = await marketer.put(`/api/segments/${a.body.id}`, {
      condition: { segment: a.body.id, in: true },
    });
    expect(self.status).toBe(422);
    expect(self.body.error.code).toBe('segment_cycle');
    const indirect = await marketer.put(`/api/segments/${a.body.id}`, {
      condition: { any: [leaf, { segment: b.body.id, in: false }] },
    });
    expect(indirect.status).toBe(422);
    expect(indirect.body.error).toMatchObject({
      code: 'segment_cycle',
      details: { cycle: [a.body.id, b.body.id, a.body.id] },
    });
  });

  it('counts a chain of segment references the same as the condition written out', async () => {
    const seoul = await marketer.post('/api/segments', { name: 'Seoul', condition: leaf });
    const scored = await marketer.post('/api/segments', {
      name: 'Seoul, score > 2',
      condition: scoredIn(seoul.body.id),
    });
    const either = await marketer.post('/api/segments', {
      name: 'Scored or not Seoul',
      condition: {
        any: [
          { segment: scored.body.id, in: true },
          { segment: seoul.body.id, in: false },
        ],
      },
    });
    expect(either.status).toBe(201);
    // kim: Seoul, 5 → scored; lee: Seoul, 1 → neither; park: Busan → not Seoul.
    expect(either.body.count).toBe(2);
    const preview = await marketer.get(`/api/segments/${either.body.id}/preview`);
    expect(preview.body.count).toBe(2);
    expect(preview.body.sample.map((c: { externalId: string }) => c.externalId).sort()).toEqual([
      'kim',
      'park',
    ]);
    const written = await marketer.post('/api/segments/preview', {
      condition: {
        any: [{ all: [leaf, { attribute: 'score', op: 'gt', value: 2 }] }, { not: leaf }],
      },
    });
    expect(written.body.count).toBe(2);
  });
});
