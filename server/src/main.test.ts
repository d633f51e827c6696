import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './env';
import { startServer } from './startServer';
import { minimalValidGraph } from './testing/createTestApp';

const serverDir = path.resolve(import.meta.dirname, '..');

const signIn = async (baseUrl: string, email = 'marketer@demo.local', password = 'journeyflow') => {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect({ status: response.status, body: response.status === 200 ? 'ok' : await response.text() }).toEqual({
    status: 200,
    body: 'ok',
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
};

const call = (baseUrl: string, cookie: string, method: string, pathname: string, body?: unknown) =>
  fetch(`${baseUrl}${pathname}`, {
    method,
    headers: {
      cookie,
      'x-requested-with': 'journeyflow',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe('startServer on a real socket', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jf-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves the API, and data written before a restart is there after it', async () => {
    // Without demo seeding (the process test below covers it): the first start creates this admin.
    const env = {
      PORT: '0',
      HOST: '127.0.0.1',
      JOURNEYFLOW_DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      JOURNEYFLOW_DEMO: '0',
      JOURNEYFLOW_ADMIN_EMAIL: 'owner@example.com',
      JOURNEYFLOW_ADMIN_PASSWORD: 'owner-password',
    };
    const config = loadConfig(env);
    const first = await startServer(config);
    let journeyId: string;
    try {
      const health = await fetch(`${first.url}/api/health`);
      expect(await health.json()).toEqual({ ok: true });
      // Without JOURNEYFLOW_OUTBOUND_ALLOW the channels' client refuses loopback (here: this very server).
      await expect(
        first.deps.channels.outbound.request(`http://127.0.0.1:${first.port}/api/health`, {
          timeoutMs: 2000,
        }),
      ).rejects.toMatchObject({ code: 'outbound_blocked' });
      expect(await first.db.sql.query('select email, role, active from users')).toEqual([
        { email: 'owner@example.com', role: 'admin', active: true },
      ]);
      const cookie = await signIn(first.url, 'owner@example.com', 'owner-password');
      const created = await call(first.url, cookie, 'POST', '/api/journeys', {
        name: 'Survives restarts',
        graph: minimalValidGraph(),
      });
      expect(created.status).toBe(201);
      journeyId = ((await created.json()) as { id: string }).id;
    } finally {
      await first.close();
    }

    const second = await startServer(loadConfig({ ...env, JOURNEYFLOW_OUTBOUND_ALLOW: '127.0.0.1' }));
    try {
      const own = await second.deps.channels.outbound.request(`http://127.0.0.1:${second.port}/api/health`, {
        timeoutMs: 5000,
      });
      expect([own.status, own.text()]).toEqual([200, '{"ok":true}']);
      const cookie = await signIn(second.url, 'owner@example.com', 'owner-password');
      const read = await call(second.url, cookie, 'GET', `/api/journeys/${journeyId}`);
      expect(read.status).toBe(200);
      expect(((await read.json()) as { name: string }).name).toBe('Survives restarts');
    } finally {
      await second.close();
    }
  }, 180_000);
});

type Started = { child: ChildProcess; url: string; output: () => string };

const startMain = (dataDir: string): Promise<Started> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: serverDir,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', JOURNEYFLOW_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`main.ts did not start:\n${output}`)), 300_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/running at (http:\/\/\S+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`main.ts exited with ${code}:\n${output}`));
    });
  });

const stopMain = (started: Started): Promise<number | null> =>
  new Promise((resolve) => {
    started.child.removeAllListeners('exit');
    started.child.once('exit', (code) => resolve(code));
    started.child.kill('SIGTERM');
  });

describe('pnpm start (src/main.ts as a process)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jf-main-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts, seeds the demo logins, shuts down cleanly on SIGTERM and keeps its data across restarts', async () => {
    const first = await startMain(dataDir);
    let journeyId: string;
    try {
      expect(await (await fetch(`${first.url}/api/health`)).json()).toEqual({ ok: true });
      const cookie = await signIn(first.url, 'admin@demo.local');
      const created = await call(first.url, cookie, 'POST', '/api/journeys', { name: 'From the first run' });
      journeyId = ((await created.json()) as { id: string }).id;
      const keys = await call(first.url, cookie, 'POST', '/api/api-keys', { name: 'restart' });
      expect(keys.status).toBe(201);
    } finally {
      expect(await stopMain(first)).toBe(0);
    }
    expect(first.output()).not.toMatch(/jf_live_|password_hash/);

    const second = await startMain(dataDir);
    try {
      const cookie = await signIn(second.url, 'reviewer2@demo.local');
      const read = await call(second.url, cookie, 'GET', `/api/journeys/${journeyId}`);
      expect(read.status).toBe(200);
      const users = await call(second.url, await signIn(second.url, 'admin@demo.local'), 'GET', '/api/users');
      // Seeding again on restart added nobody.
      expect(((await users.json()) as { items: unknown[] }).items).toHaveLength(4);
    } finally {
      expect(await stopMain(second)).toBe(0);
    }
  }, 900_000);
});
