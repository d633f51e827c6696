/**
 * Export figures (issue 17): a 100k-row message log streamed as CSV and as XLSX through the same helper
 * the API uses (keyset pages → csv-stringify / exceljs WorkbookWriter), read to the end. Prints rows/s and
 * the peak growth of the process RSS while streaming, which stays flat when nothing holds all rows.
 * Size: BENCH_EXPORT_ROWS (default 100,000). Run alone with
 * `pnpm --filter @journeyflow/test exec tsx bench/exports.ts [pglite|postgres]`, or from `bench/run.ts`.
 */
import { pathToFileURL } from 'node:url';
import type { DatabaseKind } from '@journeyflow/server/db/database';
import { openTestDatabase } from '@journeyflow/server/db/testDatabase';
import { messageExport } from '@journeyflow/server/services/export/messageExport';
import { exportBody } from '@journeyflow/server/services/export/writeExport';
import type { ExportFormat } from '@journeyflow/shared/api/exports';

type BenchRecord = (measure: string, value: string, target: string) => void;

const WS = 'ws_export_bench';
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

const seed = async (sql: Awaited<ReturnType<typeof openTestDatabase>>['sql'], rows: number) => {
  const customers = Math.max(1, Math.floor(rows / 10));
  await sql.query(
    `insert into customers (id, workspace_id, external_id, attributes, phone, email)
     select 'cus_' || i, $1, 'c' || i, jsonb_build_object('name', '김민준' || i),
            '010-1234-' || lpad((i % 10000)::text, 4, '0'), 'kim' || i || '@example.com'
       from generate_series(1, $2::int) i`,
    [WS, customers],
  );
  await sql.query(
    `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
       customer_id, external_id, channel, purpose, status, content, rendered, created_at)
     select 'msg_' || i, $1, 'jrn_bench', 1, 'run_' || i, 'send', 1, 'idem_' || i,
            'cus_' || (i % $3::int + 1), 'c' || (i % $3::int + 1), 'sms', 'ad', 'delivered', '{}'::jsonb,
            jsonb_build_object('text', '(광고) 김민준님, 장바구니에 담은 상품 10% 쿠폰이 도착했어요. 무료수신거부 080-000-0000 #' || i),
            now() - i * interval '1 second'
       from generate_series(1, $2::int) i`,
    [WS, rows, customers],
  );
  // As autovacuum would after a bulk load: without statistics the planner sorts instead of walking the index.
  await sql.query('analyze outbox');
  await sql.query('analyze customers');
};

const streamOnce = async (
  sql: Awaited<ReturnType<typeof openTestDatabase>>['sql'],
  format: ExportFormat,
  role: 'admin' | 'marketer',
) => {
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  const body = exportBody({
    ...messageExport(sql, WS, role, { format, lang: 'ko' }),
    format,
    lang: 'ko',
    sheetName: '메시지',
  });
  let bytes = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  clearInterval(sampler);
  return { seconds: (performance.now() - started) / 1000, bytes, peakDelta: peak - baseline };
};

export const runExportBench = async (options: {
  readonly kind: DatabaseKind;
  readonly rows?: number;
  readonly record?: BenchRecord;
}): Promise<void> => {
  const rows = options.rows ?? Number(process.env.BENCH_EXPORT_ROWS ?? 100_000);
  const record = options.record ?? ((m, v, t) => console.log(`${m}: ${v}   (target ${t})`));
  const db = await openTestDatabase(options.kind);
  try {
    await seed(db.sql, rows);
    for (const format of ['csv', 'xlsx'] as const) {
      const run = await streamOnce(db.sql, format, 'marketer');
      record(
        `export ${fmt(rows)} messages as ${format.toUpperCase()} (${options.kind}, masked)`,
        `${fmt(rows / run.seconds)} rows/s, ${mib(run.bytes)} file, peak RSS +${mib(run.peakDelta)}`,
        'streams with bounded memory',
      );
    }
  } finally {
    await db.dispose();
  }
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const kind = (process.argv[2] ?? 'pglite') as DatabaseKind;
  await runExportBench({ kind });
  process.exit(0);
}
