/**
 * The short-link benches' world: a workspace with `codes` customers, each with one tracked link
 * (`b0000001`, …), statistics analyzed and the link cache warmed, as a started server has them.
 */
import { systemClock } from '@journeyflow/engine/ports/clock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import { createEngine } from '@journeyflow/engine/runtime/engine';
import type { DatabaseKind } from '@journeyflow/server/db/database';
import { openTestDatabase } from '@journeyflow/server/db/testDatabase';
import { createAudienceIngestion } from '@journeyflow/server/services/audience/audienceIngestion';
import { ShortLinkCache } from '@journeyflow/server/services/links/shortLinkCache';

export const LINK_BENCH_WORKSPACE = 'ws_link_bench';

/** The code of the `index`-th link (1-based). */
export const linkBenchCode = (index: number) => `b${String(index).padStart(7, '0')}`;

/** `pgliteThread`: PGlite in a worker thread, as the server runs it. */
export async function seedLinkBench(kind: DatabaseKind, codes: number, pgliteThread = false) {
  const db = await openTestDatabase(kind, { pgliteThread });
  const engine = await createEngine({ db: db.sql, clock: systemClock, logger: silentLogger, ids: randomIds });
  await db.sql.query(`insert into workspaces (id, name) values ($1, 'Link bench')`, [LINK_BENCH_WORKSPACE]);
  await db.sql.query(
    `insert into customers (id, workspace_id, external_id, attributes)
     select 'cus_' || i, $1, 'c' || i, '{}'::jsonb from generate_series(1, $2::int) i`,
    [LINK_BENCH_WORKSPACE, codes],
  );
  await db.sql.query(
    `insert into short_links (workspace_id, code, url, message_id, journey_id, node_id, customer_id, external_id,
       channel, spot, created_at, expires_at)
     select $1, 'b' || lpad(i::text, 7, '0'), 'https://shop.example/p/' || i || '?utm_source=journeyflow',
            'msg_' || i, 'jrn_bench', 'sms', 'cus_' || i, 'c' || i, 'sms', 'text', now(), now() + interval '90 days'
       from generate_series(1, $2::int) i`,
    [LINK_BENCH_WORKSPACE, codes],
  );
  // A running server has statistics for these tables (autovacuum on PostgreSQL, pgliteAnalyzer on PGlite,
  // within 30 s of the rows changing); freshly seeded, they have none yet.
  await db.sql.query('analyze customers');
  await db.sql.query('analyze short_links');
  // As a started server does (warmShortLinks): the recent links are loaded before the first click.
  const cache = new ShortLinkCache(db.sql);
  await cache.warm();
  return { db, engine, cache, ingestion: createAudienceIngestion(engine) };
}
