import type { Clock } from '@journeyflow/engine/ports/clock';
import type { MiddlewareHandler } from 'hono';

/** The response header carrying the journey clock's "now" (ISO 8601). */
export const JOURNEY_NOW_HEADER = 'X-Journey-Now';

/**
 * Stamps every API response with the journey clock's "now". Sends, runs and events are stamped on that
 * clock, which runs ahead of the wall clock on a scaled demo; the web measures "3분 전" from it, not from
 * the browser's clock (which read delivered messages as "15시간 후").
 */
export const journeyNowHeader =
  (clock: Clock): MiddlewareHandler =>
  async (c, next) => {
    await next();
    c.header(JOURNEY_NOW_HEADER, clock.now().toISOString());
  };
