import { constants, PerformanceObserver } from 'node:perf_hooks';
import { ingestEvents, type TrackedEvent } from '@journeyflow/engine/ingest/ingestEvents';
import { createIngestQueue } from '@journeyflow/engine/ingest/ingestQueue';
import { systemClock } from '@journeyflow/engine/ports/clock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { createEngine } from '@journeyflow/engine/runtime/engine';
import { createAudienceStage } from '@journeyflow/server/services/audience/audienceStage';
import type { BenchRecord } from './audience';
import { type GroupTiming, groupTimingSqlClient } from './groupTimings';
import { processCpuMs } from './stepCost';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
const ascending = (values: readonly number[]) => [...values].sort((a, b) => a - b);
const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
const ms = (n: number) => n.toFixed(1);

/** Where one event's latency (from its due time, open loop) went. */
type EventSplit = {
  readonly latency: number;
  /** Due time → the call was made (the generator itself late: a blocked event loop, timer granularity). */
  readonly late: number;
  /** Due time → its group's transaction was asked for (late + one turn for company + a free slot). */
  readonly queued: number;
  /** Transaction asked for → last statement before COMMIT answered (BEGIN, the body's round trips). */
  readonly transaction: number;
  /** COMMIT sent → answered (the WAL flush). */
  readonly commit: number;
  /** COMMIT answered → the caller's promise ran (event-loop turns of the queue and the caller). */
  readonly resolve: number;
};

/** CPU of the database's backends so far (PostgreSQL runs on this machine: /proc). */
async function backendCpuMs(sql: SqlClient): Promise<Map<number, number>> {
  const rows = await sql.query<{ pid: number }>(
    'select pid from pg_stat_activity where datname = current_database()',
  );
  return new Map(rows.map((r) => [Number(r.pid), processCpuMs(Number(r.pid))]));
}

/**
 * Event ingest → outbox, open loop at `rate` events/s: each event is its own call at its due time, through
 * the group-commit queue the HTTP route uses (concurrent calls share a transaction; a call resolves after
 * its commit, and the run it starts is stepped to its SMS in that transaction). A late answer does not
 * delay the next call, so the latency counts every wait from the due time. Besides p50/p99 it prints
 * the split (queued / transaction / commit / resolve) at p99 and over the slowest 1 %, the group sizes,
 * statements and round trips per group, CPU per event (Node and the PostgreSQL backends) and GC pauses.
 */
export async function runEventIngestBench(options: {
  readonly sql: SqlClient;
  readonly workspaceId: string;
  readonly rate: number;
  readonly seconds: number;
  readonly record: BenchRecord;
  /** Transactions in flight per workspace (the queue's `maxInFlight`); unset → the queue's default. */
  readonly slots?: number;
  /** With the server's audience stage in each transaction, as `POST /api/events` runs it (default true). */
  readonly audience?: boolean;
}): Promise<void> {
  const { rate, seconds, record, workspaceId } = options;
  const timing = groupTimingSqlClient(options.sql);
  const engine = await createEngine({
    db: timing.sql,
    clock: systemClock,
    logger: silentLogger,
    ids: randomIds,
  });
  // The hooks the server's ingestion passes (services/audience/audienceIngestion.ts).
  const audience = options.audience === false ? undefined : { stage: createAudienceStage() };
  const groups: GroupTiming[] = [];
  const groupOf = new WeakMap<TrackedEvent, GroupTiming>();
  const queue = createIngestQueue(
    (ws, events) => {
      const group: GroupTiming = {
        events: events.length,
        start: performance.now(),
        bodyEnd: 0,
        commitEnd: 0,
        statements: 0,
        roundTrips: 0,
      };
      groups.push(group);
      for (const event of events) groupOf.set(event, group);
      return timing.timed(group, () => ingestEvents(engine, ws, events, audience));
    },
    options.slots === undefined ? {} : { maxInFlight: options.slots },
  );
  // Warm-up (JIT, live index, compiled version, the first Liquid parse) before the clock starts.
  for (let i = 0; i < 20; i++) {
    await queue.track(workspaceId, [{ externalId: `w${i}`, name: 'bench_event', properties: { n: i } }]);
  }
  groups.length = 0;

  const gcPauses: number[] = [];
  let majorGcs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcPauses.push(entry.duration);
      if (
        (entry as unknown as { detail?: { kind?: number } }).detail?.kind ===
        constants.NODE_PERFORMANCE_GC_MAJOR
      )
        majorGcs++;
    }
  });
  gc.observe({ entryTypes: ['gc'] });
  const dbBefore = await backendCpuMs(options.sql);
  const cpuBefore = process.cpuUsage();

  const splits: EventSplit[] = [];
  const total = rate * seconds;
  const t0 = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const late = performance.now() - due;
    const event: TrackedEvent = { externalId: `e${i % 2000}`, name: 'bench_event', properties: { n: i } };
    pending.push(
      queue.track(workspaceId, [event]).then(() => {
        const done = performance.now();
        const group = groupOf.get(event);
        if (!group) throw new Error('event bench: an event resolved without a group');
        splits.push({
          latency: done - due,
          late,
          queued: group.start - due,
          transaction: group.bodyEnd - group.start,
          commit: group.commitEnd - group.bodyEnd,
          resolve: done - group.commitEnd,
        });
      }),
    );
  }
  await Promise.all(pending);
  const cpu = process.cpuUsage(cpuBefore);
  const dbAfter = await backendCpuMs(options.sql);
  gc.disconnect();
  let dbCpuMs = 0;
  for (const [pid, used] of dbAfter) dbCpuMs += used - (dbBefore.get(pid) ?? 0);

  const [outboxed] = await options.sql.query<{ n: number }>(
    `select count(*)::int as n from outbox where journey_id = 'jrn_events' and external_id like 'e%'`,
  );
  const latencies = ascending(splits.map((s) => s.latency));
  const p99 = (pick: (s: EventSplit) => number) => ms(pct(ascending(splits.map(pick)), 99));
  const p50 = (pick: (s: EventSplit) => number) => ms(pct(ascending(splits.map(pick)), 50));
  const slowest = splits.filter((s) => s.latency >= pct(latencies, 99));
  const slow = (pick: (s: EventSplit) => number) => ms(mean(slowest.map(pick)));
  const sizes = ascending(groups.map((g) => g.events));
  record(
    `event ingest → outbox at ${rate.toLocaleString('en-US')} events/s (PostgreSQL${audience ? ', with the audience stage' : ', without the audience stage'})`,
    `p50 ${ms(pct(latencies, 50))} ms, p99 ${ms(pct(latencies, 99))} ms; ${groups.length.toLocaleString('en-US')} transactions; ${Number(outboxed?.n).toLocaleString('en-US')} messages`,
    'p99 < 20 ms',
  );
  record(
    '  event latency split, p50 / p99 of each part (ms)',
    `queued ${p50((s) => s.queued)} / ${p99((s) => s.queued)} (of it generator late ${p50((s) => s.late)} / ${p99((s) => s.late)}), transaction ${p50((s) => s.transaction)} / ${p99((s) => s.transaction)}, commit ${p50((s) => s.commit)} / ${p99((s) => s.commit)}, resolve ${p50((s) => s.resolve)} / ${p99((s) => s.resolve)}`,
    'where the p99 comes from',
  );
  record(
    '  the slowest 1 % of events, mean of each part (ms)',
    `latency ${slow((s) => s.latency)} = queued ${slow((s) => s.queued)} (late ${slow((s) => s.late)}) + transaction ${slow((s) => s.transaction)} + commit ${slow((s) => s.commit)} + resolve ${slow((s) => s.resolve)}`,
    'where the p99 comes from',
  );
  record(
    '  per group (transaction)',
    `events p50 ${pct(sizes, 50)} / p99 ${pct(sizes, 99)} / max ${sizes.at(-1) ?? 0}; statements ${mean(groups.map((g) => g.statements)).toFixed(2)}, round trips ${mean(groups.map((g) => g.roundTrips)).toFixed(2)} (BEGIN, SAVEPOINT and COMMIT included)`,
    'fewer round trips → shorter transactions',
  );
  record(
    '  CPU per event',
    `Node ${((cpu.user + cpu.system) / total).toFixed(0)} µs, PostgreSQL backends ${((dbCpuMs * 1000) / total).toFixed(0)} µs; GC ${gcPauses.length} pauses (${majorGcs} major), max ${ms(Math.max(0, ...gcPauses))} ms, total ${ms(gcPauses.reduce((s, v) => s + v, 0))} ms`,
    'lower is better (wall-clock p99 is noisy on a shared machine)',
  );
}
