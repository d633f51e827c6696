import { shortCodePattern } from '@journeyflow/shared/messaging/trackLinks';
import { isSafeLink } from '@journeyflow/shared/messaging/unsafeLinks';
import { Hono } from 'hono';
import type { AppEnv } from '../http/appEnv';
import type { ServerDeps } from '../serverDeps';
import { ClickRecorder, clickBatchLimit } from '../services/links/clickRecorder';
import { isLinkPreviewBot } from '../services/links/linkPreviewBots';
import { recordLinkClicks } from '../services/links/recordLinkClick';
import { ShortLinkCache } from '../services/links/shortLinkCache';
import { shortLinkPage } from './shortLinkPage';

/**
 * `GET /l/:code` (SPEC §7a): the tracked short link. Answers the 302 from a cached lookup at once and
 * records the click afterwards (a slow database never delays the customer). `HEAD` and link-preview bots
 * get the same redirect but no click. Unknown codes answer 404, expired links 410, both with a friendly page.
 */
export const createShortLinkRoutes = (
  deps: Pick<ServerDeps, 'db' | 'engine' | 'ingestion' | 'logger'>,
  options: { readonly warmCache?: boolean } = {},
  cache = new ShortLinkCache(deps.db.sql),
  clicks = new ClickRecorder(
    (batch) => recordLinkClicks(deps.engine, deps.ingestion, batch),
    (error) => deps.logger.error('short-link clicks not recorded', { error: String(error) }),
    undefined,
    clickBatchLimit(deps.db.sql.kind),
  ),
) => {
  // A started server loads the recent links at once, so clicks right after a restart are answered from memory.
  if (options.warmCache)
    cache
      .warm()
      .catch((error: unknown) =>
        deps.logger.warn('short-link cache warm-up failed', { error: String(error) }),
      );
  return new Hono<AppEnv>().on(['GET', 'HEAD'], '/l/:code', async (c) => {
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    const code = c.req.param('code');
    const link = shortCodePattern.test(code) ? await cache.get(code) : undefined;
    if (!link) return c.html(shortLinkPage('unknown'), 404);
    const now = deps.engine.ports.clock.now();
    // Expiry is real time: a link's lifetime is a promise to the customer, not journey time.
    if (link.expiresAt.getTime() <= Date.now()) return c.html(shortLinkPage('expired'), 410);
    // Stored links passed the unsafe-link rules at send; checked again so a bad row never redirects.
    if (!isSafeLink(link.url, 'web') || !/^https?:/i.test(link.url))
      return c.html(shortLinkPage('unknown'), 404);
    if (c.req.method === 'GET' && !isLinkPreviewBot(c.req.header('user-agent'))) {
      clicks.record(link, now);
    }
    return c.redirect(link.url, 302);
  });
};
