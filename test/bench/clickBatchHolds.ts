/**
 * How long one batch of click recording holds PGlite's thread, statement by statement, with no HTTP traffic
 * beside it: BENCH_CLICK_BATCHES batches (default 200) of `clickBatchLimit` clicks on random links of
 * bench/shortLinks.ts's data, stored as the server's ClickRecorder stores them. Medians over many batches
 * are what load on the machine distorts least. `tsx bench/clickBatchHolds.ts [batch size]`.
 */
import { clickBatchLimit } from '@journeyflow/server/services/links/clickRecorder';
import { recordLinkClicks } from '@journeyflow/server/services/links/recordLinkClick';
import { linkBenchCode, seedLinkBench } from './linkBenchData';
import { watchPgliteHolds } from './pgliteHolds';

const codes = 10_000;
const batches = Number(process.env.BENCH_CLICK_BATCHES ?? 200);
const size = Number(process.argv[2] ?? clickBatchLimit('pglite'));

const { db, engine, cache, ingestion } = await seedLinkBench('pglite', codes);
const links = await Promise.all(Array.from({ length: codes }, (_, i) => cache.get(linkBenchCode(i + 1))));
const pick = () => links[Math.floor(Math.random() * links.length)]!;
const store = () =>
  recordLinkClicks(
    engine,
    ingestion,
    Array.from({ length: size }, () => ({ link: pick(), at: new Date() })),
  );
const holds = watchPgliteHolds((db.orm as { $client?: unknown }).$client);
for (let i = 0; i < 20; i++) await store(); // warm-up: JIT, catalog caches, prepared statements
holds.reset();
const cpu = process.cpuUsage();
const started = performance.now();
for (let i = 0; i < batches; i++) await store();
const elapsed = performance.now() - started;
const used = process.cpuUsage(cpu);
const report = holds.stop();
const clicks = batches * size;
console.log(
  `${batches} batches of ${size} clicks: ${(((used.user + used.system) / 1000 / clicks) * 1000).toFixed(0)} µs CPU per click, ${((elapsed / clicks) * 1000).toFixed(0)} µs wall; ${report.count / batches} statements per batch; longest hold ${report.maxMs.toFixed(2)} ms (p99 ${report.p99Ms.toFixed(2)})`,
);
for (const s of [...report.byStatement].sort((a, b) => b.cpuMedianMs - a.cpuMedianMs).slice(0, 12))
  console.log(
    `  median ${s.cpuMedianMs.toFixed(2)} ms CPU / ${s.medianMs.toFixed(2)} wall, max ${s.cpuMaxMs.toFixed(2)} / ${s.maxMs.toFixed(2)} ms, ${s.calls} calls: ${s.text}`,
  );
await db.dispose();
process.exit(0);
