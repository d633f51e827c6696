import type { Clock } from '../ports/clock';
import type { SqlClient } from '../ports/sqlClient';

/**
 * Per-provider send limits shared by every delivery process on the database: each key
 * (`workspace:provider`) may send `limit` messages per fixed window, counted in `delivery_rate_windows`
 * with one atomic upsert, so two workers on one PostgreSQL together stay within the provider's rate.
 */
export type RateLimiter = {
  /** 0 when a send may go now (a slot is taken), else the milliseconds until the next window opens. */
  take(key: string, ratePerSecond: number | undefined): Promise<number>;
};

export type RateWindow = {
  /** Window number: whole windows since the epoch. */
  readonly index: number;
  /** Window length in milliseconds. */
  readonly lengthMs: number;
  /** Sends allowed in the window. */
  readonly limit: number;
  /** When the next window opens (epoch ms). */
  readonly nextAtMs: number;
};

/**
 * The window a send at `nowMs` falls in: one second with `floor(rate)` sends for rates of 1/s or more,
 * else `ceil(1 / rate)` seconds with one send (0.2/s → one send per 5 s).
 */
export function rateWindow(ratePerSecond: number, nowMs: number): RateWindow {
  const seconds = ratePerSecond >= 1 ? 1 : Math.ceil(1 / ratePerSecond);
  const limit = Math.max(1, Math.floor(ratePerSecond * seconds));
  const lengthMs = seconds * 1000;
  const index = Math.floor(nowMs / lengthMs);
  return { index, lengthMs, limit, nextAtMs: (index + 1) * lengthMs };
}

/** Windows older than this are deleted (at most once a minute per process). */
const KEEP_MS = 60_000;

export const createRateLimiter = (db: SqlClient, clock: Clock): RateLimiter => {
  let lastCleanupMs = Number.NEGATIVE_INFINITY;
  return {
    async take(key, ratePerSecond) {
      if (ratePerSecond === undefined || ratePerSecond <= 0) return 0;
      const nowMs = clock.now().getTime();
      const window = rateWindow(ratePerSecond, nowMs);
      if (nowMs - lastCleanupMs > KEEP_MS) {
        lastCleanupMs = nowMs;
        await db.query('delete from delivery_rate_windows where opens_at < $1', [
          new Date(nowMs - KEEP_MS).toISOString(),
        ]);
      }
      // The window's key carries its length, so a changed rate starts a fresh count.
      const rows = await db.query(
        `insert into delivery_rate_windows (key, window_index, used, opens_at)
         values ($1, $2, 1, $3)
         on conflict (key, window_index) do update set used = delivery_rate_windows.used + 1
         where delivery_rate_windows.used < $4
         returning used`,
        [`${key}:${window.lengthMs}`, window.index, new Date(nowMs).toISOString(), window.limit],
      );
      return rows.length > 0 ? 0 : Math.max(1, window.nextAtMs - nowMs);
    },
  };
};
