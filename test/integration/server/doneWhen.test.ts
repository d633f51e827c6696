import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/startTestServer';

type Journey = {
  id: string;
  status: string;
  draftStatus: string;
  revision: number;
  liveVersion: number | null;
};
type ErrorBody = { error: { code: string } };

const graph = {
  nodes: [
    {
      id: 'n1',
      type: 'entry.event',
      position: { x: 0, y: 0 },
      label: 'Signed up',
      settings: { event: 'signed_up' },
    },
    { id: 'n2', type: 'wait.duration', position: { x: 0, y: 160 }, settings: { seconds: 3600 } },
    { id: 'n3', type: 'exit', position: { x: 0, y: 320 }, settings: {} },
  ],
  edges: [
    { id: 'e1', source: 'n1', sourceHandle: 'next', target: 'n2' },
    { id: 'e2', source: 'n2', sourceHandle: 'next', target: 'n3' },
  ],
};

// Issue 3 "done when": over real HTTP, a journey is created, validated, submitted, approved by a
// different reviewer, published and paused exactly as SPEC §7 names the routes.
describe.each(databaseKinds)('review workflow over HTTP on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  it('create → validate → submit → approve (someone else) → publish → pause', async () => {
    expect((await server.anonymous.get('/api/health')).body).toEqual({ ok: true });
    const marketer = await server.login('marketer@demo.local');
    const reviewer = await server.login('reviewer@demo.local');
    const admin = await server.login('admin@demo.local');

    const created = await marketer.post<Journey>('/api/journeys', { name: 'Welcome series', graph });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await marketer.post<{ valid: boolean }>(`/api/journeys/${id}/validate`)).body.valid).toBe(true);
    expect((await marketer.post<Journey>(`/api/journeys/${id}/submit`)).body.status).toBe('in_review');
    expect((await marketer.post<ErrorBody>(`/api/journeys/${id}/approve`)).body.error.code).toBe(
      'self_approval',
    );
    expect((await reviewer.post<Journey>(`/api/journeys/${id}/approve`, { comment: 'ok' })).body.status).toBe(
      'approved',
    );
    const published = await marketer.post<{ version: number; journey: Journey }>(
      `/api/journeys/${id}/publish`,
      {},
    );
    expect(published.status).toBe(200);
    expect(published.body.version).toBe(1);
    expect(published.body.journey.status).toBe('live');
    const paused = await admin.post<Journey>(`/api/journeys/${id}/pause`);
    expect(paused.body.status).toBe('paused');
    const audit = await marketer.get<{ items: { action: string }[] }>(`/api/journeys/${id}/audit`);
    expect(audit.body.items.map((e) => e.action)).toEqual([
      'created',
      'submitted',
      'approved',
      'published',
      'paused',
    ]);
  });

  it('answers an oversized body on a real socket with 413 payload_too_large', async () => {
    const marketer = await server.login('marketer@demo.local');
    const huge = await marketer.post<ErrorBody>('/api/journeys', {
      name: 'x',
      description: 'y'.repeat(1_100_000),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
  });
});
