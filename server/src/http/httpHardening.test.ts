import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { createTestApp, type TestApp } from '../testing/createTestApp';

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string; socket: unknown };

describe('HTTP hardening over a real socket', () => {
  let t: TestApp;
  let server: ServerType;
  let port: number;
  let distDir: string;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  const send = (
    method: string,
    urlPath: string,
    body?: Buffer | string,
    headers: http.OutgoingHttpHeaders = {},
  ) =>
    new Promise<Answer>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            socket: req.socket,
          }),
        );
        res.on('error', reject);
      });
      req.on('error', reject);
      if (body !== undefined) req.write(body);
      req.end();
    });

  beforeAll(async () => {
    t = await createTestApp('pglite');
    distDir = mkdtempSync(path.join(tmpdir(), 'jf-dist-'));
    writeFileSync(
      path.join(distDir, 'index.html'),
      '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body></body></html>',
    );
    const app = createApp(t.deps, { webDistDir: distDir });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    port = (server.address() as AddressInfo).port;
  }, 60_000);
  afterAll(async () => {
    agent.destroy();
    await new Promise<void>((resolve) => {
      server?.close(() => resolve());
      (server as { closeAllConnections?: () => void } | undefined)?.closeAllConnections?.();
    });
    rmSync(distDir, { recursive: true, force: true });
    await t?.dispose();
  });

  it('sends the security headers on API answers, errors and the web app', async () => {
    for (const urlPath of ['/api/health', '/api/nope', '/journeys/jrn_1', '/']) {
      const res = await send('GET', urlPath);
      const csp = String(res.headers['content-security-policy']);
      expect(csp, urlPath).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    }
  });

  it('keeps the widget loadable from other sites', async () => {
    const res = await send('GET', '/api/inapp/widget.js', undefined, { origin: 'https://shop.example' });
    expect(res.status).toBe(200);
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-type']).toContain('application/javascript');
    expect((await send('GET', '/api/health')).headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('closes the connection after a 413, and the keep-alive client goes on with a fresh one', async () => {
    const first = await send('GET', '/api/health');
    expect(first.headers.connection).toBe('keep-alive');
    const tooBig = await send('POST', '/api/journeys', Buffer.alloc(3 * 1024 * 1024, 'a'), {
      'content-type': 'application/json',
    });
    expect(tooBig.status).toBe(413);
    expect(tooBig.headers.connection).toBe('close');
    expect(JSON.parse(tooBig.body).error.code).toBe('payload_too_large');
    for (let i = 0; i < 3; i++) {
      const next = await send('GET', '/api/health');
      expect(next.status).toBe(200);
      expect(JSON.parse(next.body)).toEqual({ ok: true });
    }
  });

  it('closes the connection when a body is refused unread (401), and the next request succeeds', async () => {
    const body = JSON.stringify({
      events: Array.from({ length: 2000 }, (_, i) => ({ externalId: `c${i}`, name: 'x' })),
    });
    // A JSON body is read (and bounded) by the depth and text guards before any route answers, so the
    // connection stays clean; a body of another type is refused by authentication without being read.
    const refused = await send('POST', '/api/events/batch', body, {
      'content-type': 'text/plain',
      authorization: 'Bearer jf_live_nope',
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.connection).toBe('close');
    const next = await send('GET', '/api/health');
    expect(next.status).toBe(200);
  });

  it('keeps the connection open after an ordinary answer to a body it read', async () => {
    const bad = await send('POST', '/api/auth/login', JSON.stringify({ email: 'x' }), {
      'content-type': 'application/json',
      'x-requested-with': 'journeyflow',
    });
    expect(bad.status).toBe(422);
    expect(bad.headers.connection).toBe('keep-alive');
  });
});
