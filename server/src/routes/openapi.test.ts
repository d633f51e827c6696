import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { createTestApp, type TestApp } from '../testing/createTestApp';

// Routing and documentation do not depend on the database; one engine is enough here.
describe('OpenAPI document, health and the web app', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(() => t?.dispose());

  it('GET /api/health → { ok: true }', async () => {
    const res = await t.anonymous.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
  });

  it('describes every API route the app serves', async () => {
    const res = await t.anonymous.get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const documented = new Set<string>();
    for (const [p, operations] of Object.entries(res.body.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(operations)) documented.add(`${method.toUpperCase()} ${p}`);
    }
    const served = new Set(
      t.app.routes
        .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/') && r.path !== '/api/openapi.json')
        .filter((r) => !r.path.includes('*'))
        .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const undocumented = [...served].filter((route) => !documented.has(route));
    expect(undocumented).toEqual([]);
    for (const route of [
      'GET /api/health',
      'POST /api/auth/login',
      'POST /api/auth/logout',
      'GET /api/auth/me',
      'GET /api/users',
      'POST /api/users',
      'PATCH /api/users/{id}',
      'POST /api/workspaces',
      'POST /api/api-keys',
      'GET /api/api-keys',
      'DELETE /api/api-keys/{id}',
      'GET /api/journeys',
      'POST /api/journeys',
      'GET /api/journeys/{id}',
      'PUT /api/journeys/{id}',
      'DELETE /api/journeys/{id}',
      'POST /api/journeys/{id}/validate',
      'POST /api/journeys/{id}/submit',
      'POST /api/journeys/{id}/approve',
      'POST /api/journeys/{id}/reject',
      'POST /api/journeys/{id}/publish',
      'POST /api/journeys/{id}/enroll',
      'POST /api/journeys/{id}/pause',
      'POST /api/journeys/{id}/resume',
      'POST /api/journeys/{id}/archive',
      'GET /api/journeys/{id}/versions',
      'GET /api/journeys/{id}/versions/{n}',
      'GET /api/journeys/{id}/diff',
      'GET /api/journeys/{id}/audit',
      'GET /api/journeys/{id}/comments',
      'POST /api/journeys/{id}/comments',
    ]) {
      expect(documented).toContain(route);
    }
  });

  it('serves the built web app with an SPA fallback, and a build hint without one', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'jf-web-dist-'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Journeyflow SPA</title>');
    writeFileSync(path.join(dist, 'app.js'), 'console.log(1)');
    const withWeb = createApp(t.deps, { webDistDir: dist });
    const index = await withWeb.request('/journeys/jrn_123/review');
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('Journeyflow SPA');
    const asset = await withWeb.request('/app.js');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    const api404 = await withWeb.request('/api/nope');
    expect(api404.status).toBe(404);
    expect(((await api404.json()) as { error: { code: string } }).error.code).toBe('not_found');

    const withoutWeb = createApp(t.deps, { webDistDir: path.join(dist, 'missing') });
    const hint = await withoutWeb.request('/');
    expect(hint.status).toBe(200);
    expect(await hint.text()).toContain('pnpm --filter @journeyflow/web build');
  });
});
