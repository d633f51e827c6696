import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { type PeriodicJob, type PeriodicJobDeps, startPeriodicJob } from '../periodicJob';
import { enforceRetention, type RetentionOptions } from './enforceRetention';

export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

/**
 * The retention job in the server process: once shortly after start, then hourly. Several processes may
 * run it at once: batches pick rows with SKIP LOCKED and a row is rolled up only by the statement that
 * deleted it, so nothing is counted twice. A failure is logged and the next tick tries again.
 */
export const startRetention = (
  deps: PeriodicJobDeps & { readonly sql: SqlClient; readonly options?: RetentionOptions },
): PeriodicJob =>
  startPeriodicJob(deps, {
    name: 'retention',
    defaultIntervalMs: RETENTION_INTERVAL_MS,
    firstDelayMs: 30_000,
    run: async (now) => {
      const purged = await enforceRetention(deps.sql, now, deps.options);
      if (purged.run_trace + purged.outbox + purged.events > 0) deps.logger.info('retention', purged);
    },
  });
