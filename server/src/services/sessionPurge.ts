import type { Orm } from '../db/database';
import { sessions } from '../db/schema/sessions';
import { type PeriodicJob, type PeriodicJobDeps, startPeriodicJob } from './periodicJob';
import { sessionDead } from './sessionLiveness';

/** Deletes sessions past their absolute expiry or idle timeout; answers how many went. */
export const purgeExpiredSessions = async (orm: Orm, now: Date): Promise<number> => {
  const purged = await orm.delete(sessions).where(sessionDead(now)).returning({ id: sessions.id });
  return purged.length;
};

export const SESSION_PURGE_INTERVAL_MS = 10 * 60 * 1000;

/**
 * A cheap periodic job in the server process: once at start, then every ten minutes. Several processes
 * may run it; the delete is idempotent. A failure is logged and the next tick tries again.
 */
export const startSessionPurge = (deps: PeriodicJobDeps & { readonly orm: Orm }): PeriodicJob =>
  startPeriodicJob(deps, {
    name: 'session purge',
    defaultIntervalMs: SESSION_PURGE_INTERVAL_MS,
    run: async (now) => {
      const purged = await purgeExpiredSessions(deps.orm, now);
      if (purged > 0) deps.logger.info('purged expired sessions', { purged });
    },
  });
