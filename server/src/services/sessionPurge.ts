import type { Logger } from '@journeyflow/engine/ports/logger';
import type { Orm } from '../db/database';
import { sessions } from '../db/schema/sessions';
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
export const startSessionPurge = (deps: {
  readonly orm: Orm;
  readonly now: () => Date;
  readonly logger: Logger;
  readonly intervalMs?: number;
}): { stop(): Promise<void> } => {
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = running.then(async () => {
      try {
        const purged = await purgeExpiredSessions(deps.orm, deps.now());
        if (purged > 0) deps.logger.info('purged expired sessions', { purged });
      } catch (error) {
        deps.logger.warn('session purge failed', { error: (error as Error).message });
      }
    });
  };
  tick();
  const timer = setInterval(tick, deps.intervalMs ?? SESSION_PURGE_INTERVAL_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
};
