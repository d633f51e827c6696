import { type Clock, systemClock } from '@journeyflow/engine/ports/clock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import { createEngine } from '@journeyflow/engine/runtime/engine';
import { createApp } from '../app';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../auth/csrfProtection';
import { createLoginRateLimiter, type LoginRateLimiter } from '../auth/loginRateLimiter';
import { createChannelServices } from '../channels/channelServices';
import type { DatabaseKind } from '../db/database';
import { openTestDatabase, type TestDatabase } from '../db/testDatabase';
import { TRUST_NO_PROXY } from '../http/trustProxy';
import { noopPublishHook, type PublishHook, type ServerDeps } from '../serverDeps';
import { createAudienceIngestion } from '../services/audience/audienceIngestion';
import { DEMO_PASSWORD, seedDemoWorkspace } from '../services/seedDemoWorkspace';
import { DEFAULT_SESSION_POLICY } from '../services/sessionPolicy';
import { fixtureDemoPasswordHash } from './demoPasswordHash';
import { type JsonClient, jsonClient } from './jsonClient';
import { LOCAL_PEERS_ALLOWED } from './localPeersAllowed';

/** A signed-in (or anonymous) caller of the test app. */
export type TestClient = JsonClient;

export type TestApp = {
  readonly db: TestDatabase;
  readonly app: ReturnType<typeof createApp>;
  readonly deps: ServerDeps;
  /** Unauthenticated client. */
  readonly anonymous: TestClient;
  /** Signs in (demo password by default) and returns a client carrying the session cookie. */
  login(email: string, password?: string): Promise<TestClient>;
  /** Row counts of every table, to assert that a refused request wrote nothing. */
  rowCounts(): Promise<Record<string, number>>;
  dispose(): Promise<void>;
};

/** Encrypts channel credentials and signs in-app tokens in tests. */
export const TEST_SECRET_KEY = 'journeyflow-test-secret-key-0123456789abcdef';

/**
 * A real app on a real throw-away database (PGlite or PostgreSQL) with the demo workspace seeded,
 * driven through `app.request()` — the full middleware stack without a socket.
 */
export const createTestApp = async (
  kind: DatabaseKind,
  options: {
    onPublish?: PublishHook;
    loginRateLimiter?: LoginRateLimiter;
    outboundAllow?: readonly string[];
    accounts?: Partial<ServerDeps['accounts']>;
    /** The engine's (journey) clock; the wall clock by default. */
    clock?: Clock;
  } = {},
): Promise<TestApp> => {
  const db = await openTestDatabase(kind);
  await seedDemoWorkspace(db.orm, new Date(), await fixtureDemoPasswordHash());
  const engine = createEngine({
    db: db.sql,
    clock: options.clock ?? systemClock,
    logger: silentLogger,
    ids: randomIds,
  });
  const deps: ServerDeps = {
    db,
    logger: {
      info: () => {},
      warn: () => {},
      // Failing on purpose is part of some tests; set JF_TEST_LOG=1 to see the server's error log.
      error: (message, fields) => (process.env.JF_TEST_LOG ? console.error(message, fields) : undefined),
    },
    now: () => new Date(),
    onPublish: options.onPublish ?? noopPublishHook,
    engine,
    ingestion: createAudienceIngestion(engine),
    loginRateLimiter: options.loginRateLimiter ?? createLoginRateLimiter(),
    accounts: { trustProxy: TRUST_NO_PROXY, session: DEFAULT_SESSION_POLICY, ...options.accounts },
    demo: true,
    channels: createChannelServices({
      sql: db.sql,
      secretKey: TEST_SECRET_KEY,
      outboundAllow: options.outboundAllow ?? LOCAL_PEERS_ALLOWED,
    }),
  };
  const app = createApp(deps);

  const client = (cookie: string | undefined): TestClient =>
    jsonClient(async (path, init) => app.request(path, init), cookie);

  return {
    db,
    app,
    deps,
    anonymous: client(undefined),
    async login(email, password = DEMO_PASSWORD) {
      const response = await app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CSRF_HEADER]: CSRF_HEADER_VALUE },
        body: JSON.stringify({ email, password }),
      });
      if (response.status !== 200)
        throw new Error(`login ${email} failed: ${response.status} ${await response.text()}`);
      const cookie = response.headers.get('set-cookie')?.split(';')[0];
      if (!cookie) throw new Error('no session cookie');
      return client(cookie);
    },
    async rowCounts() {
      const tables = await db.sql.query<{ table_name: string }>(
        `select table_name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
      );
      const counts: Record<string, number> = {};
      for (const { table_name } of tables) {
        const [row] = await db.sql.query<{ n: number }>(`select count(*)::int as n from "${table_name}"`);
        counts[table_name] = Number(row?.n ?? 0);
      }
      return counts;
    },
    dispose: () => db.dispose(),
  };
};

/** entry.event → exit: the smallest journey that passes validation. */
export const minimalValidGraph = (event = 'signed_up') => ({
  nodes: [
    { id: 'entry', type: 'entry.event', position: { x: 0, y: 0 }, settings: { event } },
    { id: 'done', type: 'exit', position: { x: 0, y: 160 }, settings: {} },
  ],
  edges: [{ id: 'e1', source: 'entry', sourceHandle: 'next', target: 'done' }],
});
