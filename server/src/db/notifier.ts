import { EventEmitter } from 'node:events';
import type { Sql } from 'postgres';

export type NotificationHandler = (payload: string) => void;

/**
 * A broadcast channel between processes sharing one database. On PostgreSQL it is LISTEN/NOTIFY, so
 * every server and worker process hears it; on PGlite there is only one process, so it stays in memory.
 * Delivery is best-effort: listeners must treat a message as "reload", not as the data itself.
 */
export type Notifier = {
  notify(channel: string, payload: string): Promise<void>;
  /** Returns a function that stops listening. */
  listen(channel: string, handler: NotificationHandler): Promise<() => Promise<void>>;
};

/** Published when a journey goes live, is paused, resumed or archived: entry-node indexes must reload. */
export const LIVE_JOURNEYS_CHANNEL = 'journeyflow_live_journeys';

/** Payload on {@link LIVE_JOURNEYS_CHANNEL}: which workspace and journey changed. */
export type LiveJourneysChange = { readonly workspaceId: string; readonly journeyId: string };

export const createInProcessNotifier = (): Notifier => {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async notify(channel, payload) {
      // Deliver after the caller's current work, like NOTIFY does after commit.
      queueMicrotask(() => emitter.emit(channel, payload));
    },
    async listen(channel, handler) {
      emitter.on(channel, handler);
      return async () => {
        emitter.off(channel, handler);
      };
    },
  };
};

export const createPostgresNotifier = (sql: Sql): Notifier => ({
  async notify(channel, payload) {
    await sql.notify(channel, payload);
  },
  async listen(channel, handler) {
    const subscription = await sql.listen(channel, handler);
    return () => subscription.unlisten();
  },
});
