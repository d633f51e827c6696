import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DatabaseKind } from '@journeyflow/server/db/database';
import { openTestDatabase, type TestDatabase } from '@journeyflow/server/db/testDatabase';
import { loadConfig } from '@journeyflow/server/env';
import type { PublishHook } from '@journeyflow/server/serverDeps';
import { type RunningServer, startServer } from '@journeyflow/server/startServer';
import { jsonClient } from '@journeyflow/server/testing/jsonClient';
import { LOCAL_PEERS_ALLOWED } from '@journeyflow/server/testing/localPeersAllowed';

export type HttpResponse<T = unknown> = {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
};

/** A signed-in (or anonymous) caller speaking HTTP to the real server, as the web client does. */
export type HttpClient = {
  request<T = unknown>(method: string, pathname: string, body?: unknown): Promise<HttpResponse<T>>;
  get<T = unknown>(pathname: string): Promise<HttpResponse<T>>;
  post<T = unknown>(pathname: string, body?: unknown): Promise<HttpResponse<T>>;
  put<T = unknown>(pathname: string, body?: unknown): Promise<HttpResponse<T>>;
};

export type TestServer = {
  readonly url: string;
  readonly db: TestDatabase;
  readonly server: RunningServer;
  readonly anonymous: HttpClient;
  /** Signs in over HTTP (demo password by default) and returns a client carrying the session cookie. */
  login(email: string, password?: string): Promise<HttpClient>;
  close(): Promise<void>;
};

/**
 * The whole server (`startServer`, the same code as `pnpm start`) on a real socket (port 0) over a fresh
 * throw-away database — in-memory PGlite or a `jf_test_…` PostgreSQL database — with the demo seeded.
 */
export const startTestServer = async (
  kind: DatabaseKind,
  options: {
    onPublish?: PublishHook;
    outboundAllow?: readonly string[];
    env?: Readonly<Record<string, string>>;
  } = {},
): Promise<TestServer> => {
  const { env, outboundAllow, ...startOptions } = options;
  const db = await openTestDatabase(kind);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jf-it-server-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    JOURNEYFLOW_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    // Local peers (webhook receivers, provider stand-ins) listen on loopback; the guard refuses it unless listed.
    JOURNEYFLOW_OUTBOUND_ALLOW: (outboundAllow ?? LOCAL_PEERS_ALLOWED).join(','),
    ...env,
  });
  let server: RunningServer;
  try {
    server = await startServer({ ...config, demo: true }, { database: db, ...startOptions });
  } catch (error) {
    await db.dispose();
    throw error;
  }
  const client = (cookie: string | undefined): HttpClient =>
    jsonClient((pathname, init) => fetch(`${server.url}${pathname}`, init), cookie);
  return {
    url: server.url,
    db,
    server,
    anonymous: client(undefined),
    async login(email, password = 'journeyflow') {
      const response = await client(undefined).post('/api/auth/login', { email, password });
      if (response.status !== 200) throw new Error(`login ${email}: ${response.status}`);
      const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
      if (!cookie) throw new Error('no session cookie');
      return client(cookie);
    },
    async close() {
      await server.close();
      await db.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
