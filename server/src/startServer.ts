import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { createApp } from './app';
import { createLoginRateLimiter } from './auth/loginRateLimiter';
import { createChannelServices } from './channels/channelServices';
import { startDeliveryLoop } from './channels/startDeliveryLoop';
import { createLogger } from './createLogger';
import type { Database } from './db/database';
import { openDatabase } from './db/openDatabase';
import { seedDemoContent } from './demo/seedDemoContent';
import { type Config, describeConfig, resolveSecretKey } from './env';
import type { PublishHook, ServerDeps } from './serverDeps';
import { createAudienceIngestion } from './services/audience/audienceIngestion';
import { startAudienceScheduler } from './services/audience/startAudienceScheduler';
import { createJourneyClock } from './services/journeyClock';
import { ensurePartitions } from './services/retention/monthPartitions';
import { startRetention } from './services/retention/startRetention';
import { createEngine, createEnginePublishHook, startEngine } from './services/runsEngine';
import { seedDemoWorkspace, seedFirstAdmin } from './services/seedDemoWorkspace';
import { startSessionPurge } from './services/sessionPurge';

export type RunningServer = {
  readonly url: string;
  readonly port: number;
  readonly db: Database;
  readonly deps: ServerDeps;
  /** Stops accepting connections, then closes the database (PGlite must be closed to stay consistent). */
  close(): Promise<void>;
};

export type StartServerOptions = {
  readonly onPublish?: PublishHook;
  /** An already open database (tests: a throw-away one); the caller keeps ownership and closes it. */
  readonly database?: Database;
};

/**
 * Everything `pnpm start` does, as a function: open and migrate the database, seed, build the app, listen.
 * Tests call it with port 0 to get a real socket.
 */
export const startServer = async (
  config: Config,
  options: StartServerOptions = {},
): Promise<RunningServer> => {
  const logger = createLogger(config.logLevel);
  logger.info('starting journeyflow', describeConfig(config));
  // Generated once and kept in the data dir; resolving it at start means a broken data dir fails fast.
  const secretKey = resolveSecretKey(config);
  const ownsDatabase = options.database === undefined;
  const db =
    options.database ??
    (await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      timeouts: config.databaseTimeouts,
      // The embedded database's statements run beside the requests, not in front of them.
      pgliteThread: true,
      onMaintenanceError: (error) => logger.warn('PGlite statistics not updated', { error: String(error) }),
    }));
  try {
    const now = () => new Date();
    if (config.demo) {
      const { created } = await seedDemoWorkspace(db.orm, now());
      if (created.length > 0) logger.info('seeded demo workspace', { users: created });
    } else if (config.adminEmail && config.adminPassword) {
      const { created } = await seedFirstAdmin(
        db.orm,
        { email: config.adminEmail, password: config.adminPassword },
        now(),
      );
      if (created) logger.info('created first admin', { email: config.adminEmail });
    }
    // One scaled clock for the engine and delivery: JOURNEYFLOW_TIME_SCALE speeds up waits for demos.
    const clock = await createJourneyClock(db.sql, config.timeScale);
    if (config.timeScale !== 1) {
      logger.info('journey clock runs faster than real time', {
        timeScale: config.timeScale,
        oneRealMinute: `${config.timeScale} journey minutes`,
        journeyTimeNow: clock.now().toISOString(),
        hint: 'JOURNEYFLOW_TIME_SCALE=1 for real time',
      });
    }
    const engine = createEngine(
      { db: db.sql, clock, logger, ids: randomIds },
      { publicUrl: config.publicUrl },
    );
    // The one way in for events and profiles: HTTP, the Segment-style API, provider clicks, audience jobs.
    const ingestion = createAudienceIngestion(engine);
    const deps: ServerDeps = {
      db,
      logger,
      now,
      engine,
      ingestion,
      onPublish: options.onPublish ?? createEnginePublishHook(engine),
      loginRateLimiter: createLoginRateLimiter(config.accounts.loginBudget),
      accounts: config.accounts,
      demo: config.demo,
      channels: createChannelServices({
        sql: db.sql,
        secretKey,
        outboundAllow: config.outboundAllow,
        // Provider-reported clicks become `message_clicked` events, so journeys can wait for them.
        trackEvent: (workspaceId, event) => ingestion.ingest(workspaceId, [event]),
        inapp: { onError: (error) => logger.warn('in-app inbox poll failed', { error: String(error) }) },
      }),
    };
    // The demo's customers and live journeys; an injected database belongs to a test that seeds its own.
    if (config.demo && !options.database) logger.info('demo content', { ...(await seedDemoContent(deps)) });
    // This month's partitions and the next ones exist before anything writes (the retention job keeps it so).
    await ensurePartitions(db.sql, now());
    const runningEngine = await startEngine(db, engine, logger);
    const delivery = startDeliveryLoop({ engine, channels: deps.channels });
    // Hourly segment refresh and the nightly RFM/grade/consent job, claimed once per slot across processes.
    const audienceScheduler = startAudienceScheduler({
      sql: db.sql,
      effects: ingestion,
      clock,
      logger,
    });
    const sessionPurge = startSessionPurge({ orm: db.orm, now, logger });
    const retention = startRetention({ sql: db.sql, now, logger });
    const app = createApp(deps, { webDistDir: config.webDistDir, warmShortLinks: true });
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    const port = (server.address() as AddressInfo).port;
    const url = `http://localhost:${port}`;
    let closed = false;
    return {
      url,
      port,
      db,
      deps,
      async close() {
        if (closed) return;
        closed = true;
        await audienceScheduler.stop();
        await sessionPurge.stop();
        await retention.stop();
        await delivery.stop();
        await deps.channels.outbound.close();
        await runningEngine.stop();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive sockets would hold close() open; nothing is in flight worth waiting for.
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        });
        if (ownsDatabase) await db.close();
      },
    };
  } catch (error) {
    if (ownsDatabase) await db.close();
    throw error;
  }
};
