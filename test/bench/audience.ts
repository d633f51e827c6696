/**
 * Audience figures beside their issue-6 targets: batch ingest events/s (through the audience-aware
 * ingestion, so RFM, grades and segments are maintained), a segment count over many customers and
 * events, and the incremental membership update per event (p99). Not a test: nothing fails on a miss.
 * Sizes: BENCH_AUDIENCE_CUSTOMERS (default 200,000; the target is stated for 1,000,000),
 * BENCH_AUDIENCE_EVENTS_PER_CUSTOMER (default 10), BENCH_AUDIENCE_INGEST (events ingested, default 20,000);
 * the stated size is BENCH_AUDIENCE_CUSTOMERS=1000000 (10M events, generated set-based in the database).
 * Run alone with `pnpm --filter @journeyflow/test exec tsx bench/audience.ts [pglite|postgres]`, or call
 * `runAudienceBench` from `bench/run.ts`.
 */
import { pathToFileURL } from 'node:url';
import type { TrackedEvent } from '@journeyflow/engine/ingest/ingestEvents';
import { systemClock } from '@journeyflow/engine/ports/clock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import { createEngine } from '@journeyflow/engine/runtime/engine';
import type { DatabaseKind } from '@journeyflow/server/db/database';
import { NO_DATABASE_TIMEOUTS } from '@journeyflow/server/db/databaseTimeouts';
import { openTestDatabase } from '@journeyflow/server/db/testDatabase';
import { createAudienceIngestion } from '@journeyflow/server/services/audience/audienceIngestion';
import { saveGradeTiers } from '@journeyflow/server/services/audience/gradeTierStore';
import { importSegmentMembers } from '@journeyflow/server/services/audience/importSegmentMembers';
import { previewCondition } from '@journeyflow/server/services/audience/previewCondition';
import { refreshAllSegments } from '@journeyflow/server/services/audience/refreshSegment';
import { createSegment } from '@journeyflow/server/services/audience/segmentStore';
import { updateSegmentMembership } from '@journeyflow/server/services/audience/updateSegmentMembership';
import { exampleGradeTiers } from '@journeyflow/shared/audience/gradeTiers';
import type { Condition } from '@journeyflow/shared/journey/condition';

export type BenchRecord = (measure: string, value: string, target: string) => void;

export type AudienceBenchOptions = {
  readonly kind: DatabaseKind;
  readonly customers?: number;
  readonly eventsPerCustomer?: number;
  readonly ingestEvents?: number;
  readonly record?: BenchRecord;
};

const WS = 'ws_audience_bench';
const DAY = 86_400;

/** "Gold customers who bought within 90 days but not in the last 30, with SMS consent" (the example). */
const doneWhenSegment: Condition = {
  all: [
    { attribute: 'grade', op: 'eq', value: 'Gold' },
    { event: 'purchase', withinSeconds: 90 * DAY },
    { not: { event: 'purchase', withinSeconds: 30 * DAY } },
    { attribute: 'consent.sms', op: 'exists' },
  ],
};

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

export const runAudienceBench = async (options: AudienceBenchOptions): Promise<void> => {
  const record: BenchRecord =
    options.record ?? ((measure, value, target) => console.log(`${measure}: ${value}   (target ${target})`));
  const customers = options.customers ?? Number(process.env.BENCH_AUDIENCE_CUSTOMERS ?? 200_000);
  const perCustomer =
    options.eventsPerCustomer ?? Number(process.env.BENCH_AUDIENCE_EVENTS_PER_CUSTOMER ?? 10);
  const ingestTotal = options.ingestEvents ?? Number(process.env.BENCH_AUDIENCE_INGEST ?? 20_000);
  const label = options.kind === 'postgres' ? 'PostgreSQL' : 'PGlite';
  const db = await openTestDatabase(options.kind, { timeouts: NO_DATABASE_TIMEOUTS });
  try {
    const now = new Date();
    await db.sql.query(`insert into workspaces (id, name) values ($1, 'Audience bench')`, [WS]);
    await saveGradeTiers(db.sql, WS, exampleGradeTiers.tiers);
    for (const [i, condition] of [
      doneWhenSegment,
      { attribute: 'grade', op: 'in', value: ['VIP', 'Gold'] },
      { event: 'product_viewed', withinSeconds: DAY, count: { op: 'gte', value: 3 } },
      { attribute: 'city', op: 'eq', value: 'Seoul' },
      { attribute: 'rfm.monetary_90d', op: 'gte', value: 500_000 },
    ].entries()) {
      await createSegment(db.sql, WS, { name: `bench ${i}`, condition: condition as Condition }, { now });
    }

    // 1. Batch ingest through the audience-aware ingestion (engine + RFM + grades + segments).
    const engine = await createEngine({
      db: db.sql,
      clock: systemClock,
      logger: silentLogger,
      ids: randomIds,
    });
    const ingestion = createAudienceIngestion(engine);
    const batchSize = 1_000;
    const started = performance.now();
    for (let offset = 0; offset < ingestTotal; offset += batchSize) {
      const batch: TrackedEvent[] = Array.from(
        { length: Math.min(batchSize, ingestTotal - offset) },
        (_, i) => {
          const n = offset + i;
          return {
            externalId: `ingest-${n % 5_000}`,
            name: n % 10 === 0 ? 'purchase' : 'product_viewed',
            properties: n % 10 === 0 ? { amount: 50_000, currency: 'KRW' } : { productId: `p-${n % 300}` },
            messageId: `bench-${n}`,
          };
        },
      );
      await ingestion.ingest(WS, batch);
    }
    const seconds = (performance.now() - started) / 1000;
    record(
      `audience batch ingest, ${label}`,
      `${Math.round(ingestTotal / seconds).toLocaleString()} events/s`,
      '≥ 5,000 events/s on PostgreSQL',
    );

    // 2. A segment count over many customers and events, generated set-based.
    const fill = performance.now();
    await db.sql.query(
      `insert into customers (id, workspace_id, external_id, attributes, grade, consent, last_purchase_at, frequency_90d, monetary_90d)
       select 'cb_' || g, $1, 'cb-' || g,
              jsonb_build_object('city', (array['Seoul','Busan','Incheon'])[1 + g % 3]),
              (array['VIP','Gold','Silver','Bronze'])[1 + g % 4],
              case when g % 3 <> 0 then jsonb_build_object('sms', to_char(now() - (g % 900) * interval '1 day', 'YYYY-MM-DD')) else '{}'::jsonb end,
              now() - (g % 120) * interval '1 day', g % 5, (g % 20) * 50000
         from generate_series(1, $2::int) g`,
      [WS, customers],
    );
    await db.sql.query(
      `insert into events (id, workspace_id, customer_id, name, properties, ts, message_id)
       select 'eb_' || c || '_' || k, $1, 'cb_' || c, case when k % 3 = 0 then 'purchase' else 'product_viewed' end,
              '{}'::jsonb, now() - ((c * 7 + k * 13) % 150) * interval '1 day', 'eb_' || c || '_' || k
         from generate_series(1, $2::int) c, generate_series(1, $3::int) k`,
      [WS, customers, perCustomer],
    );
    // As autovacuum would after a bulk load: statistics and the visibility map (index-only scans).
    await db.sql.query('vacuum analyze customers');
    await db.sql.query('vacuum analyze events');
    const fillSeconds = (performance.now() - fill) / 1000;
    const counts: number[] = [];
    let members = 0;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      members = (
        await previewCondition(db.sql, {
          workspaceId: WS,
          condition: doneWhenSegment,
          now: new Date(),
          sampleSize: 1,
        })
      ).count;
      counts.push(performance.now() - t);
    }
    record(
      `segment count over ${customers.toLocaleString()} customers / ${(customers * perCustomer).toLocaleString()} events, ${label}`,
      `${Math.round(Math.min(...counts))} ms (${members.toLocaleString()} members; data made in ${fillSeconds.toFixed(1)} s)`,
      '< 2 s for 1M customers / 10M events on PostgreSQL',
    );

    // 3. The scheduled full refresh establishes every membership (as after a bulk load); then each new
    //    event re-evaluates its customer's memberships incrementally (timed: the membership update only).
    const refreshStarted = performance.now();
    const refreshed = await refreshAllSegments(db.sql, { now: new Date(), workspaceId: WS });
    record(
      `full refresh of 5 segments over ${customers.toLocaleString()} customers, ${label}`,
      `${((performance.now() - refreshStarted) / 1000).toFixed(1)} s (${refreshed.length.toLocaleString()} entered)`,
      'scheduled hourly; no target',
    );
    const latencies: number[] = [];
    for (let i = 0; i < 500; i++) {
      const id = `cb_${1 + ((i * 7919) % customers)}`;
      await db.sql.query(
        `insert into events (id, workspace_id, customer_id, name, properties, ts, message_id)
         values ($1, $2, $3, $4, '{}'::jsonb, now(), $1)`,
        [`em_${i}`, WS, id, i % 2 === 0 ? 'purchase' : 'product_viewed'],
      );
      const t = performance.now();
      await updateSegmentMembership(db.sql, WS, [id], { now: new Date() });
      latencies.push(performance.now() - t);
    }
    latencies.sort((a, b) => a - b);
    record(
      `incremental membership update per event (5 segments, memberships established), ${label}`,
      `p50 ${percentile(latencies, 50).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms`,
      '< 5 ms p99',
    );

    // 4. Audience import: 100,000 external ids from a CSV into a static segment, in one transaction.
    const importRows = 100_000;
    const staticSegment = await createSegment(db.sql, WS, { name: 'bench import', type: 'static' }, { now });
    const csv = [
      'externalId,source',
      ...Array.from({ length: importRows }, (_, i) => `imp-${i},partner`),
    ].join('\n');
    const importStarted = performance.now();
    const imported = await importSegmentMembers(
      db.sql,
      WS,
      staticSegment.id,
      { kind: 'csv', text: csv },
      new Date(),
    );
    record(
      `audience import of ${importRows.toLocaleString()} CSV rows, ${label}`,
      `${((performance.now() - importStarted) / 1000).toFixed(1)} s (${imported.imported.toLocaleString()} imported)`,
      '< 10 s for 100k rows',
    );
  } finally {
    await db.dispose();
  }
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const kinds = (process.argv[2] ? [process.argv[2]] : ['postgres', 'pglite']) as DatabaseKind[];
  for (const kind of kinds) await runAudienceBench({ kind });
  process.exit(0);
}
