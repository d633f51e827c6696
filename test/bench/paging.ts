/**
 * Paging figures (issue 17: "1M messages page as fast as 1k"): two workspaces on PostgreSQL, one with
 * 1,000 messages and one with BENCH_PAGING_ROWS (default 1,000,000), seeded with generate_series. For
 * each, the p50/p99 of fetching page 1 and a deep page (90 % down the list) of the message log through
 * `pageMessages` (the service behind `GET /api/messages?cursor=`, total included), for the whole
 * workspace and for one journey. Target: the large workspace within 2× the small one.
 * Run alone with `pnpm --filter @journeyflow/test exec tsx bench/paging.ts [rows]`, or from `bench/run.ts`
 * (BENCH_SKIP=paging skips it).
 */
import { pathToFileURL } from 'node:url';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { pageMessages } from '@journeyflow/server/channels/messageService';
import { NO_DATABASE_TIMEOUTS } from '@journeyflow/server/db/databaseTimeouts';
import { openTestDatabase } from '@journeyflow/server/db/testDatabase';
import { encodeCursor } from '@journeyflow/server/services/paging/pageCursor';

type BenchRecord = (measure: string, value: string, target: string) => void;

const SMALL = 1_000;
const PAGE = 100;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

/** `rows` messages in workspace `ws`, newest first one second apart; every other one in journey jrn_a. */
const seed = async (sql: SqlClient, ws: string, rows: number) => {
  const chunk = 100_000;
  for (let from = 1; from <= rows; from += chunk) {
    const to = Math.min(rows, from + chunk - 1);
    await sql.query(
      `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
         customer_id, external_id, channel, purpose, status, content, rendered, created_at)
       select 'msg_' || i, $1, case when i % 2 = 0 then 'jrn_a' else 'jrn_b' end, 1, 'run_' || i, 'send', 1,
              'idem_' || i, 'cus_' || (i % 1000), 'c' || (i % 1000), 'sms', 'info', 'delivered', '{}'::jsonb,
              jsonb_build_object('text', '김민준님, 주문하신 상품이 발송되었어요 #' || i),
              now() - i * interval '1 second'
         from generate_series($2::int, $3::int) i`,
      [ws, from, to],
    );
  }
};

/** The cursor a client holds after paging 90 % of the way down the list (a full page left below). */
const deepCursor = async (sql: SqlClient, ws: string, journeyId: string | undefined) => {
  const params: unknown[] = [ws];
  if (journeyId) params.push(journeyId);
  const filter = journeyId ? 'and journey_id = $2' : '';
  const [count] = await sql.query<{ n: number }>(
    `select count(*)::int as n from outbox where workspace_id = $1 ${filter} and not test`,
    params,
  );
  // 90 % down, but with a full page still below it.
  const n = Number(count?.n);
  const offset = Math.max(0, Math.min(Math.floor(n * 0.9), n - PAGE) - 1);
  const [row] = await sql.query<{ at: string; id: string }>(
    `select created_at::text as at, id from outbox where workspace_id = $1 ${filter} and not test
     order by created_at desc, id desc offset ${offset} limit 1`,
    params,
  );
  return encodeCursor('messages', [String(row?.at), String(row?.id)]);
};

/** The page query `pageMessages` sends (the one with `order by`), without the total's count. */
const capturePageQuery = async (sql: SqlClient, call: (sql: SqlClient) => Promise<unknown>) => {
  let page: { text: string; params: readonly unknown[] } | undefined;
  const recording: SqlClient = {
    kind: sql.kind,
    query: (text, params = []) => {
      if (!page && /order by/i.test(text)) page = { text, params };
      return sql.query(text, params);
    },
    transaction: (fn) => sql.transaction(fn),
  };
  await call(recording);
  if (!page) throw new Error('no page query was sent');
  return page;
};

const timed = async (times: number, fn: () => Promise<unknown>) => {
  for (let i = 0; i < 5; i++) await fn(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await fn();
    ms.push(performance.now() - started);
  }
  return ms.sort((a, b) => a - b);
};

/** p50/p99 of the whole service call (page + total) and of its keyset page query alone. */
const timePages = async (
  sql: SqlClient,
  ws: string,
  journeyId: string | undefined,
  cursor: string,
  times: number,
) => {
  const query = { limit: PAGE, ...(journeyId ? { journeyId } : {}) };
  const first = await pageMessages(sql, ws, query, cursor);
  if (first.items.length !== PAGE) throw new Error(`short page for ${ws}`);
  const page = await capturePageQuery(sql, (recording) => pageMessages(recording, ws, query, cursor));
  return {
    service: await timed(times, () => pageMessages(sql, ws, query, cursor)),
    query: await timed(times, () => sql.query(page.text, page.params)),
  };
};

const figure = (a: number[], b: number[]) =>
  `p50 ${pct(a, 50).toFixed(2)} / ${pct(b, 50).toFixed(2)} ms, p99 ${pct(a, 99).toFixed(2)} / ${pct(b, 99).toFixed(2)} ms (p50 ×${(pct(b, 50) / pct(a, 50)).toFixed(2)})`;

export const runPagingBench = async (options: {
  readonly rows?: number;
  readonly times?: number;
  readonly record?: BenchRecord;
}): Promise<void> => {
  const rows = options.rows ?? Number(process.env.BENCH_PAGING_ROWS ?? 1_000_000);
  const times = options.times ?? Number(process.env.BENCH_PAGING_TIMES ?? 200);
  const record = options.record ?? ((m, v, t) => console.log(`${m}: ${v}   (target ${t})`));
  const db = await openTestDatabase('postgres', { timeouts: NO_DATABASE_TIMEOUTS });
  try {
    const small = 'ws_page_small';
    const large = 'ws_page_large';
    await seed(db.sql, small, SMALL);
    await seed(db.sql, large, rows);
    // As autovacuum would after a bulk load.
    await db.sql.query('analyze outbox');
    for (const journeyId of [undefined, 'jrn_a']) {
      const list = journeyId ? `one journey's message log (half the rows)` : 'message log';
      for (const depth of ['page 1', 'deep page (90 %)'] as const) {
        const at = async (ws: string) =>
          timePages(
            db.sql,
            ws,
            journeyId,
            depth === 'page 1' ? '' : await deepCursor(db.sql, ws, journeyId),
            times,
          );
        const a = await at(small);
        const b = await at(large);
        const target = `${fmt(rows)} as fast as ${fmt(SMALL)} (within 2×)`;
        const name = `${list}, ${depth} of ${PAGE} (PostgreSQL): ${fmt(SMALL)} vs ${fmt(rows)} messages`;
        record(`${name}, pageMessages (page + total)`, figure(a.service, b.service), target);
        record(`${name}, keyset page query alone`, figure(a.query, b.query), target);
      }
    }
  } finally {
    await db.dispose();
  }
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runPagingBench({ rows: process.argv[2] ? Number(process.argv[2]) : undefined });
  process.exit(0);
}
