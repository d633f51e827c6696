import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { accountBadInputs } from '../testing/badInputs/accountBadInputs';
import { MIB } from '../testing/badInputs/badInput';
import { journeyBadInputs } from '../testing/badInputs/journeyBadInputs';
import { createTestApp, minimalValidGraph, type TestApp, type TestClient } from '../testing/createTestApp';

const cases = [...journeyBadInputs, ...accountBadInputs];

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
