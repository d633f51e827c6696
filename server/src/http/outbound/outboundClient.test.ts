import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboundClient, type OutboundClient } from './outboundClient';
import { createOutboundPolicy } from './outboundPolicy';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A local HTTP peer whose answer each test scripts; it counts the requests it got. */
const startPeer = async (handler: Handler) => {
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    seen.push(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
type Peer = Awaited<ReturnType<typeof startPeer>>;

describe('guarded outbound client against local peers', () => {
  let allowed: OutboundClient;
  let strict: OutboundClient;
  let peer: Peer;
  let other: Peer;
  let route: Handler = (_req, res) => res.end('ok');

  beforeAll(async () => {
    allowed = createOutboundClient(createOutboundPolicy(['127.0.0.1']));
    strict = createOutboundClient(createOutboundPolicy([]));
    peer = await startPeer((req, res) => route(req, res));
    other = await startPeer((req, res) =>
      res.end(JSON.stringify({ authorization: req.headers.authorization })),
    );
  });
  afterAll(async () => {
    await Promise.all([allowed.close(), strict.close(), peer.close(), other.close()]);
  });

  it('refuses loopback unless allowed, before any byte is sent', async () => {
    route = (_req, res) => res.end('hello');
    const before = peer.seen.length;
    await expect(strict.request(`${peer.url}/x`, { timeoutMs: 2000 })).rejects.toMatchObject({
      code: 'outbound_blocked',
    });
    await expect(
      strict.request(`http://localhost:${peer.port}/x`, { timeoutMs: 2000 }),
    ).rejects.toMatchObject({ code: 'outbound_blocked' });
    await expect(
      strict.request(`http://2130706433:${peer.port}/x`, { timeoutMs: 2000 }),
    ).rejects.toMatchObject({ code: 'outbound_blocked' });
    expect(peer.seen.length).toBe(before);
    const ok = await allowed.request(`${peer.url}/x`, { timeoutMs: 2000 });
    expect([ok.status, ok.text()]).toEqual([200, 'hello']);
    // localhost resolves to the listed address (or to ::1, which is not listed: then it is refused).
    const byName = await allowed
      .request(`http://localhost:${peer.port}/x`, { timeoutMs: 2000 })
      .catch((error: { code: string }) => error.code);
    expect([200, 'outbound_blocked']).toContain(typeof byName === 'string' ? byName : byName.status);
  });

  it('only speaks http and https', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.com/x', 'gopher://127.0.0.1:70/', 'not a url'])
      await expect(allowed.request(url, { timeoutMs: 1000 })).rejects.toMatchObject({
        code: 'outbound_blocked',
      });
  });

  it('follows a redirect between allowed peers and drops credentials across origins', async () => {
    route = (req, res) => {
      if (req.url === '/start') {
        res.writeHead(302, { location: `${other.url}/landing` }).end();
      } else res.end('unexpected');
    };
    const answer = await allowed.request(`${peer.url}/start`, {
      method: 'POST',
      body: '{}',
      headers: { authorization: 'Bearer secret', 'content-type': 'application/json' },
      timeoutMs: 2000,
    });
    expect(answer.status).toBe(200);
    expect(answer.url).toBe(`${other.url}/landing`);
    expect(JSON.parse(answer.text())).toEqual({});
  });

  it('refuses a redirect from an allowed peer to a loopback address that is not allowed', async () => {
    route = (_req, res) => res.writeHead(307, { location: 'http://127.0.0.2:1/admin' }).end();
    await expect(allowed.request(`${peer.url}/go`, { timeoutMs: 2000 })).rejects.toMatchObject({
      code: 'outbound_blocked',
      message: expect.stringContaining('127.0.0.2 is a loopback address'),
    });
    route = (_req, res) =>
      res.writeHead(302, { location: 'http://[::ffff:169.254.169.254]/latest/meta-data' }).end();
    await expect(allowed.request(`${peer.url}/go`, { timeoutMs: 2000 })).rejects.toMatchObject({
      code: 'outbound_blocked',
    });
  });

  it('stops after five redirects, and returns the redirect itself when told not to follow', async () => {
    route = (req, res) => res.writeHead(302, { location: `${req.url}x` }).end();
    await expect(allowed.request(`${peer.url}/r`, { timeoutMs: 2000 })).rejects.toMatchObject({
      code: 'outbound_too_many_redirects',
    });
    const manual = await allowed.request(`${peer.url}/r`, { timeoutMs: 2000, maxRedirects: 0 });
    expect(manual.status).toBe(302);
  });

  it('cuts an endless body at the byte cap instead of reading it all', async () => {
    let written = 0;
    route = (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/jpeg' });
      const chunk = Buffer.alloc(16 * 1024, 0xff);
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) written += chunk.length;
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    };
    await expect(
      allowed.request(`${peer.url}/huge.jpg`, { timeoutMs: 5000, maxBytes: 200 * 1024 }),
    ).rejects.toMatchObject({ code: 'outbound_too_large' });
    expect(written).toBeLessThan(50 * 1024 * 1024);
  });

  it('refuses a body whose announced length is over the cap without reading it', async () => {
    route = (_req, res) => res.writeHead(200, { 'content-length': String(10_000_000) }).end();
    await expect(
      allowed.request(`${peer.url}/big`, { timeoutMs: 2000, maxBytes: 1000 }),
    ).rejects.toMatchObject({
      code: 'outbound_too_large',
    });
  });

  it('times out a peer that is slow to answer or trickles its body', async () => {
    route = (_req, res) => setTimeout(() => res.end('late'), 1500);
    await expect(allowed.request(`${peer.url}/slow`, { timeoutMs: 200 })).rejects.toMatchObject({
      code: 'outbound_timeout',
      retryable: true,
    });
    route = (_req, res) => {
      res.writeHead(200);
      const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write('.')), 50);
    };
    const started = Date.now();
    await expect(allowed.request(`${peer.url}/trickle`, { timeoutMs: 300 })).rejects.toMatchObject({
      code: 'outbound_timeout',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('resolves hosts for SMTP under the same policy', async () => {
    await expect(strict.resolveHost('127.0.0.1')).rejects.toMatchObject({ code: 'outbound_blocked' });
    await expect(strict.resolveHost('localhost')).rejects.toMatchObject({ code: 'outbound_blocked' });
    await expect(allowed.resolveHost('127.1')).resolves.toBe('127.0.0.1');
  });
});
