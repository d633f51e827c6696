import { randomIds } from '@journeyflow/engine/ports/ids';
import { createEngine } from '@journeyflow/engine/runtime/engine';
import { bootProcess } from './bootProcess';
import { createChannelServices } from './channels/channelServices';
import { startDeliveryLoop } from './channels/startDeliveryLoop';
import { createLogger } from './createLogger';
import { openDatabase } from './db/openDatabase';
import { resolveSecretKey } from './env';
import { createAudienceIngestion } from './services/audience/audienceIngestion';
import { startAudienceScheduler } from './services/audience/startAudienceScheduler';
import { createJourneyClock } from './services/journeyClock';
import { startEngine } from './services/runsEngine';

/**
 * `pnpm worker`: an extra engine worker against DATABASE_URL. Any number may run beside the server; they
 * share due runs through `FOR UPDATE SKIP LOCKED`. PGlite allows one process only, hence DATABASE_URL.
 * JOURNEYFLOW_WORKER_BATCH sets the claim size (default 1,000).
 */
bootProcess('engine worker failed:', async (config) => {
  if (!config.databaseUrl) {
    console.error(
      'pnpm worker needs DATABASE_URL (PGlite is single-process: `pnpm start` runs the engine itself)',
    );
    process.exit(1);
  }
  const logger = createLogger(config.logLevel);
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    maxConnections: 4,
    timeouts: config.databaseTimeouts,
  });
  const batchSize = Number(process.env.JOURNEYFLOW_WORKER_BATCH ?? 1000);
  const clock = await createJourneyClock(db.sql, config.timeScale);
  const engine = createEngine(
    { db: db.sql, clock, logger, ids: randomIds },
    {
      batchSize: Number.isFinite(batchSize) && batchSize > 0 ? batchSize : 1000,
      publicUrl: config.publicUrl,
    },
  );
  const running = await startEngine(db, engine, logger);
  // Workers deliver too (claims use SKIP LOCKED). Set JOURNEYFLOW_SECRET_KEY on every process so they
  // all decrypt the same channel credentials.
  const channels = createChannelServices({
    sql: db.sql,
    secretKey: resolveSecretKey(config),
    outboundAllow: config.outboundAllow,
  });
  // JOURNEYFLOW_DELIVERY_LEASE_MS: the real-clock delivery lease (default 120 s; must exceed provider timeouts).
  const leaseMs = Number(process.env.JOURNEYFLOW_DELIVERY_LEASE_MS ?? 0);
  const delivery = startDeliveryLoop({
    engine,
    channels,
    ...(Number.isFinite(leaseMs) && leaseMs > 0 ? { options: { leaseMs } } : {}),
  });
  // Every process may tick the audience schedule; each slot runs once (claimed in audience_job_runs).
  const audienceScheduler = startAudienceScheduler({
    sql: db.sql,
    effects: createAudienceIngestion(engine),
    clock,
    logger,
  });
  logger.info('engine worker started', { pid: process.pid });

  return async (signal) => {
    logger.info('engine worker stopping', { signal });
    await audienceScheduler.stop();
    await delivery.stop();
    await running.stop();
    await db.close();
    process.exit(0);
  };
});
