/**
 * Short-link redirect latency (SPEC §9: p99 < 5 ms at 1,000 req/s): a real HTTP server with the `/l/:code`
 * route over a seeded `short_links` table, driven at a fixed rate over keep-alive connections for
 * BENCH_LINK_SECONDS (default 5) across BENCH_LINK_CODES codes (default 10,000; the first hit of each goes
 * to the database, later ones to the cache). Every request is a human click, so click recording (counters
 * and a `message_clicked` event through ingestion) runs alongside. Run alone with
 * `pnpm --filter @journeyflow/test exec tsx bench/shortLinks.ts [pglite|postgres]`, or from `bench/run.ts`.
 */
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import { systemClock } from '@journeyflow/engine/ports/clock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import { createEngine } from '@journeyflow/engine/runtime/engine';
import type { DatabaseKind } from '@journeyflow/server/db/database';
import { openTestDatabase } from '@journeyflow/server/db/testDatabase';
import { createShortLinkRoutes } from '@journeyflow/server/routes/shortLinks';
import { createAudienceIngestion } from '@journeyflow/server/services/audience/audienceIngestion';

type BenchRecord = (measure: string, value: string, target: string) => void;

const WS = 'ws_link_bench';
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

const get = (agent: Agent, port: number, path: string) =>
  new Promise<number>((resolve, reject) => {
    const started = performance.now();
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        agent,
        headers: { 'user-agent': process.env.BENCH_LINK_UA ?? 'Mozilla/5.0 bench' },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 302
            ? resolve(performance.now() - started)
            : reject(new Error(`status ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });

export const runShortLinkBench = async (options: {
  readonly kind: DatabaseKind;
  readonly record?: BenchRecord;
}): Promise<{ p50: number; p99: number; rate: number }> => {
  const seconds = Number(process.env.BENCH_LINK_SECONDS ?? 5);
  const codes = Number(process.env.BENCH_LINK_CODES ?? 10_000);
  const rate = Number(process.env.BENCH_LINK_RATE ?? 1000);
  const record = options.record ?? ((m, v, t) => console.log(`${m}: ${v}   (target ${t})`));
  const db = await openTestDatabase(options.kind);
  const engine = await createEngine({ db: db.sql, clock: systemClock, logger: silentLogger, ids: randomIds });
  await db.sql.query(`insert into workspaces (id, name) values ($1, 'Link bench')`, [WS]);
  await db.sql.query(
    `insert into customers (id, workspace_id, external_id, attributes)
     select 'cus_' || i, $1, 'c' || i, '{}'::jsonb from generate_series(1, $2::int) i`,
    [WS, codes],
  );
  await db.sql.query(
    `insert into short_links (workspace_id, code, url, message_id, journey_id, node_id, customer_id, external_id,
       channel, spot, created_at, expires_at)
     select $1, 'b' || lpad(i::text, 7, '0'), 'https://shop.example/p/' || i || '?utm_source=journeyflow',
            'msg_' || i, 'jrn_bench', 'sms', 'cus_' || i, 'c' || i, 'sms', 'text', now(), now() + interval '90 days'
       from generate_series(1, $2::int) i`,
    [WS, codes],
  );
  const app = createShortLinkRoutes({
    db: { sql: db.sql } as never,
    engine,
    ingestion: createAudienceIngestion(engine),
    logger: silentLogger,
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  let errors = 0;
  const started = performance.now();
  const total = Math.round(seconds * rate);
  try {
    for (let i = 0; i < total; i++) {
      // Paced against the clock so the offered load stays at `rate` even when one request is slow.
      const due = started + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      const code = `b${String(1 + Math.floor(Math.random() * codes)).padStart(7, '0')}`;
      pending.push(
        get(agent, port, `/l/${code}`).then(
          (ms) => void latencies.push(ms),
          () => void errors++,
        ),
      );
    }
    await Promise.all(pending);
    const achieved = total / ((performance.now() - started) / 1000);
    latencies.sort((a, b) => a - b);
    const p50 = pct(latencies, 50);
    const p99 = pct(latencies, 99);
    record(
      `short-link redirect (${options.kind}, ${Math.round(achieved)} req/s, ${codes.toLocaleString('en-US')} codes)`,
      `p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms${errors ? `, ${errors} errors` : ''}`,
      'p99 < 5 ms at 1,000 req/s',
    );
    return { p50, p99, rate: achieved };
  } finally {
    agent.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    // Let click recording settle before the database goes away.
    await new Promise((r) => setTimeout(r, 500));
    await db.dispose();
  }
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const kind = (process.argv[2] ?? 'pglite') as DatabaseKind;
  await runShortLinkBench({ kind });
  process.exit(0);
}
