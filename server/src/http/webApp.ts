import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './appEnv';

const MISSING_BUILD_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Journeyflow</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1f2937}
code{background:#f3f4f6;padding:.1rem .3rem;border-radius:4px}</style></head>
<body><h1>Journeyflow API is running</h1>
<p>The web app has not been built yet. Build it with <code>pnpm --filter @journeyflow/web build</code>
(or start with <code>pnpm start</code> from the repository root, which builds it first), then reload.</p>
<p>The API is live: <a href="/api/health">/api/health</a> · <a href="/api/openapi.json">/api/openapi.json</a></p>
</body></html>`;

/**
 * Serves the built web app from `web/dist`: static files, and `index.html` for any other non-API path
 * (client-side routes such as `/journeys/jrn_1`). Without a build, a page says how to make one.
 */
export const mountWebApp = (app: Hono<AppEnv>, distDir: string | undefined): void => {
  const indexFile = distDir ? path.join(distDir, 'index.html') : undefined;
  if (!distDir || !indexFile || !existsSync(indexFile)) {
    app.get('*', (c) => (isApiPath(c.req.path) ? c.notFound() : c.html(MISSING_BUILD_PAGE, 200)));
    return;
  }
  app.use('*', async (c, next) => (isApiPath(c.req.path) ? next() : serveStatic({ root: distDir })(c, next)));
  app.get('*', async (c, next) =>
    isApiPath(c.req.path) ? next() : serveStatic({ root: distDir, path: 'index.html' })(c, next),
  );
};

const isApiPath = (requestPath: string) => requestPath === '/api' || requestPath.startsWith('/api/');
