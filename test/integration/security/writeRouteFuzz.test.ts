import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import {
  createTestApp,
  minimalValidGraph,
  type TestApp,
  type TestClient,
} from '@journeyflow/server/testing/createTestApp';
import { conditionOperatorSchema } from '@journeyflow/shared/journey/condition';
import { nodeTypes } from '@journeyflow/shared/journey/nodeRegistry';
import { validateJourney } from '@journeyflow/shared/journey/validateJourney';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileBodies } from './hostileBodies';

/**
 * The fuzz pass of the security suite: every write route the OpenAPI document lists × a corpus of
 * hostile bodies, then property-based graphs and conditions. Each answer must be a 2xx or a 4xx with
 * an error code; a refused request writes nothing; the server stays healthy.
 */

type Operation = { readonly method: string; readonly path: string };
type Answer = { readonly status: number; readonly code?: string };

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Signing out would end the fuzzing session itself; these routes take no body worth fuzzing.
const SKIPPED_PATHS = [/^\/api\/auth\/logout/];
// Tables a refused request may legitimately touch (failed-login bookkeeping, session activity).
const BOOKKEEPING_TABLES = /login|session|rate|attempt/;

const send = async (
  t: TestApp,
  cookie: string | undefined,
  op: Operation,
  body: string,
  contentType: string,
) => {
  const response = await t.app.request(op.path, {
    method: op.method,
    headers: {
      'content-type': contentType,
      'x-requested-with': 'journeyflow',
      ...(cookie ? { cookie } : {}),
    },
    ...(op.method === 'GET' ? {} : { body }),
  });
  const text = await response.text();
  let code: string | undefined;
  try {
    code = JSON.parse(text)?.error?.code;
  } catch {
    code = undefined;
  }
  return { status: response.status, code } satisfies Answer;
};

const loginCookie = async (t: TestApp, email: string) => {
  const response = await t.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'journeyflow' },
    body: JSON.stringify({ email, password: 'journeyflow' }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`login ${email} failed: ${response.status}`);
  return cookie;
};

const conditionArbitrary = fc.letrec((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      attribute: fc.oneof(
        fc.constantFrom('grade', 'consent.sms', 'rfm.monetary_90d', 'vip_since'),
        fc.string(),
      ),
      op: fc.oneof(fc.constantFrom(...conditionOperatorSchema.options), fc.string()),
      value: fc.jsonValue({ maxDepth: 2 }),
    }),
    fc.record({
      event: fc.string(),
      withinSeconds: fc.oneof(fc.integer(), fc.double()),
      where: tie('condition'),
    }),
    fc.record({ segment: fc.string(), in: fc.boolean() }),
    fc.record({ trigger: fc.string(), op: fc.string(), value: fc.jsonValue({ maxDepth: 1 }) }),
    fc.record({ all: fc.array(tie('condition'), { maxLength: 4 }) }),
    fc.record({ any: fc.array(tie('condition'), { maxLength: 4 }) }),
    fc.record({ not: tie('condition') }),
    fc.jsonValue({ maxDepth: 2 }),
  ),
})).condition;

const graphArbitrary = fc
  .array(
    fc.record({
      id: fc.oneof(fc.constantFrom('a', 'b', 'c', 'd'), fc.string()),
      type: fc.oneof(fc.constantFrom(...nodeTypes), fc.string()),
      position: fc.oneof(fc.record({ x: fc.double(), y: fc.double() }), fc.jsonValue({ maxDepth: 1 })),
      settings: fc.oneof(
        fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })),
        fc.jsonValue({ maxDepth: 1 }),
      ),
    }),
    { maxLength: 8 },
  )
  .chain((nodes) =>
    fc.record({
      nodes: fc.constant(nodes),
      edges: fc.array(
        fc.record({
          id: fc.string(),
          source: fc.oneof(fc.constantFrom('a', 'b', 'c', 'd'), fc.string()),
          sourceHandle: fc.oneof(
            fc.constantFrom('next', 'yes', 'no', 'matched', 'timeout', 'else'),
            fc.string(),
          ),
          target: fc.oneof(fc.constantFrom('a', 'b', 'c', 'd'), fc.string()),
        }),
        { maxLength: 12 },
      ),
    }),
  );

describe.each(databaseKinds)('security fuzz on %s: hostile bodies on every write route', (kind) => {
  let t: TestApp;
  let admin: string;
  let adminClient: TestClient;
  let operations: Operation[] = [];

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await loginCookie(t, 'admin@demo.local');
    adminClient = await t.login('admin@demo.local');
    const journey = await adminClient.post('/api/journeys', {
      name: 'Fuzz target',
      graph: minimalValidGraph(),
    });
    const segments = await adminClient.get('/api/segments');
    const templates = await adminClient.get('/api/templates');
    const users = await adminClient.get('/api/users');
    const customers = await adminClient.get('/api/customers?limit=1');
    // Lists come bare or wrapped (`{ items }`, `{ templates }` …): take the first array found.
    const listOf = (body: unknown): Array<Record<string, unknown>> =>
      Array.isArray(body)
        ? body
        : ((Object.values((body ?? {}) as object).find(Array.isArray) as Array<Record<string, unknown>>) ??
          []);
    const reviewer2 = listOf(users.body).find((u) => u.email === 'reviewer2@demo.local');
    const ids: Record<string, string> = {
      journeys: String(journey.body.id),
      segments: String(listOf(segments.body)[0]?.id ?? 'seg_missing'),
      templates: String(listOf(templates.body)[0]?.id ?? 'tpl_missing'),
      users: String(reviewer2?.id ?? 'usr_missing'),
      customers: String(listOf(customers.body)[0]?.externalId ?? 'c_missing'),
    };
    const document = await t.anonymous.get('/api/openapi.json');
    for (const [template, methods] of Object.entries(document.body.paths as Record<string, object>)) {
      const resource = template.split('/')[2] ?? '';
      const path = template
        .replace('{externalId}', encodeURIComponent(ids.customers ?? 'x'))
        .replace('{channel}', 'sms')
        .replace('{code}', 'FUZZ_CODE')
        .replace('{n}', '1')
        .replace('{token}', 'not-a-token')
        .replace(/\{id\}/, ids[resource] ?? 'does_not_exist')
        .replace(/\{\w+\}/g, 'does_not_exist');
      for (const method of Object.keys(methods).map((m) => m.toUpperCase())) {
        if (!WRITE_METHODS.has(method) || SKIPPED_PATHS.some((skip) => skip.test(template))) continue;
        operations.push({ method, path });
      }
    }
    // Deleting goes last so that the other routes meet real rows.
    operations = [
      ...operations.filter((o) => o.method !== 'DELETE'),
      ...operations.filter((o) => o.method === 'DELETE'),
    ];
  }, 180_000);
  afterAll(() => t?.dispose());

  it('answers every hostile body with a 2xx or a coded 4xx and writes nothing when it refuses', async () => {
    expect(operations.length).toBeGreaterThan(30);
    const failures: string[] = [];
    for (const op of operations) {
      for (const as of ['admin', 'anonymous'] as const) {
        const before = await t.rowCounts();
        let refusedAll = true;
        for (const hostile of hostileBodies) {
          const answer = await send(
            t,
            as === 'admin' ? admin : undefined,
            op,
            hostile.body,
            hostile.contentType,
          );
          if (answer.status >= 500)
            failures.push(`${op.method} ${op.path} as ${as}, ${hostile.name}: ${answer.status}`);
          else if (answer.status >= 400 && !answer.code)
            failures.push(
              `${op.method} ${op.path} as ${as}, ${hostile.name}: ${answer.status} without an error code`,
            );
          if (answer.status < 400) refusedAll = false;
        }
        if (!refusedAll) continue;
        const after = await t.rowCounts();
        for (const [table, count] of Object.entries(after)) {
          if (BOOKKEEPING_TABLES.test(table) || before[table] === count) continue;
          failures.push(
            `${op.method} ${op.path} as ${as}: refused, yet ${table} went ${before[table]} → ${count}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
    const health = await t.anonymous.get('/api/health');
    expect(health.status).toBe(200);
  }, 600_000);

  it('validates arbitrary graphs without throwing, in process and over HTTP', async () => {
    fc.assert(
      fc.property(graphArbitrary, fc.jsonValue({ maxDepth: 2 }), (graph, settings) => {
        const result = validateJourney(graph, settings);
        return typeof result.valid === 'boolean' && Array.isArray(result.issues);
      }),
      { numRuns: 500 },
    );
    const created = await adminClient.post('/api/journeys', { name: 'Fuzz graphs' });
    expect(created.status).toBe(201);
    let revision = created.body.revision;
    await fc.assert(
      fc.asyncProperty(graphArbitrary, async (graph) => {
        const saved = await adminClient.put(`/api/journeys/${created.body.id}`, { graph, revision });
        if (saved.status < 300) revision = saved.body.revision;
        const validated = await adminClient.post(`/api/journeys/${created.body.id}/validate`, {});
        return saved.status < 500 && validated.status < 500;
      }),
      { numRuns: 60 },
    );
  }, 300_000);

  it('previews arbitrary conditions as a segment without a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(conditionArbitrary, async (condition) => {
        const preview = await adminClient.post('/api/segments/preview', { condition });
        return (
          preview.status < 500 && (preview.status < 400 || typeof preview.body?.error?.code === 'string')
        );
      }),
      { numRuns: 150 },
    );
    const health = await t.anonymous.get('/api/health');
    expect(health.status).toBe(200);
  }, 300_000);
});
