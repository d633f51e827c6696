import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { createTestApp, minimalValidGraph, type TestApp, type TestClient } from '../testing/createTestApp';

type BadInput = {
  readonly name: string;
  readonly method: string;
  /** `:journey` is replaced by a real journey id of the caller's workspace. */
  readonly path: string;
  readonly body?: string;
  readonly contentType?: string;
  readonly as?: 'marketer' | 'admin' | 'anonymous';
  readonly status: number;
  readonly code: string;
};

const MIB = 1024 * 1024;
const json = (value: unknown) => JSON.stringify(value);

const cases: readonly BadInput[] = [
  {
    name: 'malformed JSON',
    method: 'POST',
    path: '/api/journeys',
    body: '{"name": "x",',
    status: 400,
    code: 'bad_request',
  },
  {
    name: 'empty JSON body',
    method: 'POST',
    path: '/api/journeys',
    body: '',
    status: 400,
    code: 'bad_request',
  },
  {
    name: 'JSON array instead of object',
    method: 'POST',
    path: '/api/journeys',
    body: '[]',
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'JSON null',
    method: 'POST',
    path: '/api/journeys',
    body: 'null',
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'missing name',
    method: 'POST',
    path: '/api/journeys',
    body: json({}),
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'name of wrong type',
    method: 'POST',
    path: '/api/journeys',
    body: json({ name: 42 }),
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'blank name',
    method: 'POST',
    path: '/api/journeys',
    body: json({ name: '   ' }),
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'name too long',
    method: 'POST',
    path: '/api/journeys',
    body: json({ name: 'x'.repeat(201) }),
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'graph nodes not a list',
    method: 'POST',
    path: '/api/journeys',
    body: json({ name: 'x', graph: { nodes: 'n1', edges: [] } }),
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'graph missing edges',
    method: 'POST',
    path: '/api/journeys',
    body: json({ name: 'x', graph: { nodes: [] } }),
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'text/plain body',
    method: 'POST',
    path: '/api/journeys',
    body: json({ name: 'x' }),
    contentType: 'text/plain',
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    name: 'form body',
    method: 'POST',
    path: '/api/journeys',
    body: 'name=x',
    contentType: 'application/x-www-form-urlencoded',
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    name: 'body over 1 MiB',
    method: 'POST',
    path: '/api/journeys',
    body: json({ name: 'x', description: 'y'.repeat(MIB) }),
    status: 413,
    code: 'payload_too_large',
  },
  {
    name: 'PUT without revision',
    method: 'PUT',
    path: '/api/journeys/:journey',
    body: json({ name: 'x' }),
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'PUT revision as text',
    method: 'PUT',
    path: '/api/journeys/:journey',
    body: json({ name: 'x', revision: 'one' }),
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'PUT negative revision',
    method: 'PUT',
    path: '/api/journeys/:journey',
    body: json({ revision: -1 }),
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'PUT stale revision',
    method: 'PUT',
    path: '/api/journeys/:journey',
    body: json({ name: 'x', revision: 99 }),
    status: 409,
    code: 'stale_revision',
  },
  {
    name: 'unknown status filter',
    method: 'GET',
    path: '/api/journeys?status=running',
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'unknown migration mode',
    method: 'POST',
    path: '/api/journeys/:journey/publish',
    body: json({ migration: { mode: 'teleport' } }),
    as: 'admin',
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'comment of wrong type',
    method: 'POST',
    path: '/api/journeys/:journey/submit',
    body: json({ comment: 5 }),
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'empty comment body',
    method: 'POST',
    path: '/api/journeys/:journey/comments',
    body: json({ body: '' }),
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'version number not a number',
    method: 'GET',
    path: '/api/journeys/:journey/versions/latest',
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'diff with unknown side',
    method: 'GET',
    path: '/api/journeys/:journey/diff?from=yesterday',
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'unknown journey id',
    method: 'GET',
    path: '/api/journeys/jrn_doesnotexist',
    status: 404,
    code: 'not_found',
  },
  {
    name: 'unknown journey id on update',
    method: 'PUT',
    path: '/api/journeys/jrn_doesnotexist',
    body: json({ name: 'x', revision: 1 }),
    status: 404,
    code: 'not_found',
  },
  {
    name: 'unknown journey id on submit',
    method: 'POST',
    path: '/api/journeys/jrn_doesnotexist/submit',
    status: 404,
    code: 'not_found',
  },
  {
    name: 'unknown journey id on publish',
    method: 'POST',
    path: '/api/journeys/jrn_doesnotexist/publish',
    as: 'admin',
    status: 404,
    code: 'not_found',
  },
  {
    name: 'unknown journey id on comment',
    method: 'POST',
    path: '/api/journeys/jrn_doesnotexist/comments',
    body: json({ body: 'hi' }),
    status: 404,
    code: 'not_found',
  },
  {
    name: 'unknown version',
    method: 'GET',
    path: '/api/journeys/:journey/versions/7',
    status: 404,
    code: 'not_found',
  },
  {
    name: 'diff against an unknown version',
    method: 'GET',
    path: '/api/journeys/:journey/diff?from=3',
    status: 404,
    code: 'not_found',
  },
  {
    name: 'unknown user id',
    method: 'PATCH',
    path: '/api/users/usr_doesnotexist',
    body: json({ role: 'reviewer' }),
    as: 'admin',
    status: 404,
    code: 'not_found',
  },
  {
    name: 'unknown role',
    method: 'POST',
    path: '/api/users',
    body: json({ email: 'a@demo.local', name: 'A', role: 'superuser', password: 'long-enough' }),
    as: 'admin',
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'invalid email',
    method: 'POST',
    path: '/api/users',
    body: json({ email: 'not-an-email', name: 'A', role: 'marketer', password: 'long-enough' }),
    as: 'admin',
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'short password',
    method: 'POST',
    path: '/api/users',
    body: json({ email: 'a@demo.local', name: 'A', role: 'marketer', password: 'short' }),
    as: 'admin',
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'empty user patch',
    method: 'PATCH',
    path: '/api/users/usr_x',
    body: json({}),
    as: 'admin',
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'active of wrong type',
    method: 'PATCH',
    path: '/api/users/usr_x',
    body: json({ active: 'no' }),
    as: 'admin',
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'unknown API key id',
    method: 'DELETE',
    path: '/api/api-keys/key_doesnotexist',
    as: 'admin',
    status: 404,
    code: 'not_found',
  },
  {
    name: 'API key without name',
    method: 'POST',
    path: '/api/api-keys',
    body: json({}),
    as: 'admin',
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'workspace without admin',
    method: 'POST',
    path: '/api/workspaces',
    body: json({ name: 'W' }),
    as: 'admin',
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'workspace with unknown time zone',
    method: 'POST',
    path: '/api/workspaces',
    body: json({
      name: 'W',
      timezone: 'Mars/Olympus',
      admin: { email: 'w@w.example', name: 'W', password: 'long-enough' },
    }),
    as: 'admin',
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'login without password',
    method: 'POST',
    path: '/api/auth/login',
    body: json({ email: 'marketer@demo.local' }),
    as: 'anonymous',
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'login with password of wrong type',
    method: 'POST',
    path: '/api/auth/login',
    body: json({ email: 'marketer@demo.local', password: 123 }),
    as: 'anonymous',
    status: 422,
    code: 'validation_failed',
  },
  {
    name: 'not signed in',
    method: 'POST',
    path: '/api/journeys',
    body: json({ name: 'x' }),
    as: 'anonymous',
    status: 401,
    code: 'unauthorized',
  },
  { name: 'unknown route', method: 'GET', path: '/api/no-such-thing', status: 404, code: 'not_found' },
  {
    name: 'unknown method on a route',
    method: 'PATCH',
    path: '/api/journeys',
    body: json({}),
    status: 404,
    code: 'not_found',
  },
];

describe.each(databaseKinds)('bad inputs on %s', (kind) => {
  let t: TestApp;
  let clients: Record<'marketer' | 'admin' | 'anonymous', TestClient>;
  let journeyId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    clients = {
      marketer: await t.login('marketer@demo.local'),
      admin: await t.login('admin@demo.local'),
      anonymous: t.anonymous,
    };
    const created = await clients.marketer.post('/api/journeys', {
      name: 'Target',
      graph: minimalValidGraph(),
    });
    journeyId = created.body.id;
  });
  afterAll(() => t?.dispose());

  it.each(cases)('$name → $status $code, nothing written', async (c) => {
    const before = await t.rowCounts();
    const client = clients[c.as ?? 'marketer'];
    const headers: Record<string, string> =
      c.body === undefined ? {} : { 'content-type': c.contentType ?? 'application/json' };
    const res = await client.request(c.method, c.path.replace(':journey', journeyId), c.body, headers);
    expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status: c.status, code: c.code });
    expect(typeof res.body.error.message).toBe('string');
    expect(await t.rowCounts()).toEqual(before);
  });

  it('answers an oversized chunked body (no Content-Length) with 413 too', async () => {
    const before = await t.rowCounts();
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 2 * MIB) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await t.app.request('/api/journeys', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'journeyflow' },
      body: stream,
      // Node's fetch needs duplex for streamed request bodies.
      duplex: 'half',
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    expect(await t.rowCounts()).toEqual(before);
  });

  it('lists every field problem in details with its path', async () => {
    const res = await clients.admin.post('/api/users', { email: 'bad', role: 'boss' });
    expect(res.status).toBe(422);
    const paths = res.body.error.details.issues.map((i: { path: string }) => i.path).sort();
    expect(paths).toEqual(['body.email', 'body.name', 'body.password', 'body.role']);
  });
});
