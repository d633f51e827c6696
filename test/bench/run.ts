/**
 * `pnpm bench` — engine figures beside their SPEC §9 targets (not a test; nothing fails on a miss).
 * Sizes: BENCH_RUNS (due runs per steps/s measure, default 20,000), BENCH_WAITING (runs parked far in the
 * future for the "many waiting" measure, default 200,000; the spec asks 1,000,000 on PGlite and 10,000,000
 * on PostgreSQL), BENCH_TIMERS (runs waking within one minute, default 100,000), BENCH_EVENTS_SECONDS
 * (seconds of BENCH_EVENT_RATE events/s, default 1,000 for 10; BENCH_EVENT_SLOTS transactions in flight, default the queue's 2; BENCH_EVENT_AUDIENCE=0 leaves out the audience stage the route runs). BENCH_SKIP=web,pglite,... skips sections: postgres, pglite, web, and within
 * them steps (the 1-worker steps/s; waiting needs it), workers2, events, waiting, timers, audience (bench/audience.ts: its BENCH_AUDIENCE_* sizes), exports
 * (bench/exports.ts: BENCH_EXPORT_ROWS, default 100,000), links (bench/shortLinks.ts, its client in its own process, bench/linkClient.ts: redirect p99 at
 * BENCH_LINK_RATE req/s, default 1,000, for BENCH_LINK_SECONDS, default 5), prediction (bench/prediction.ts:
 * held-out error of the predicted next purchase), paging (bench/paging.ts, PostgreSQL: message log page 1 and a deep
 * page, p50/p99, 1,000 vs BENCH_PAGING_ROWS messages, default 1,000,000; BENCH_PAGING_TIMES fetches each, default 200).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { type EngineLoopBatch, startEngineLoop } from '@journeyflow/engine/loop/engineLoop';
import { systemClock } from '@journeyflow/engine/ports/clock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { createEngine, type Engine } from '@journeyflow/engine/runtime/engine';
import { stepDueRunsPipelined } from '@journeyflow/engine/runtime/stepPipeline';
import { NO_DATABASE_TIMEOUTS } from '@journeyflow/server/db/databaseTimeouts';
import { openTestDatabase, type TestDatabase } from '@journeyflow/server/db/testDatabase';
import { publishTestVersion } from '@journeyflow/server/db/testVersions';
import { runAudienceBench } from './audience';
import { runEventIngestBench } from './eventIngest';
import { runExportBench } from './exports';
import { runPagingBench } from './paging';
import { runPredictionBench } from './prediction';
import { runShortLinkBench } from './shortLinks';
import { countingSqlClient, type SqlCounts } from './stepCost';

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const RUNS = num('BENCH_RUNS', 20_000);
const WAITING = num('BENCH_WAITING', 200_000);
const TIMERS = num('BENCH_TIMERS', 100_000);
const EVENT_SECONDS = num('BENCH_EVENTS_SECONDS', 10);
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const ws = 'ws_bench';
const results: { measure: string; value: string; target: string }[] = [];
const record = (measure: string, value: string, target: string) => {
  results.push({ measure, value, target });
  console.log(`${measure}: ${value}   (target ${target})`);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

const node = (id: string, type: string, settings: unknown) => ({
  id,
  type,
  position: { x: 0, y: 0 },
  settings,
});
const edge = (source: string, target: string, sourceHandle = 'next') => ({
  id: `${source}-${target}`,
  source,
  sourceHandle,
  target,
});

/** entry → wait → SMS → exit: a due run takes three node steps, one outbox row. */
const stepJourney = {
  graph: {
    nodes: [
      node('entry', 'entry.event', { event: 'bench_start' }),
      node('w1', 'wait.duration', { seconds: 60 }),
      node('s1', 'send', {
        channel: 'sms',
        purpose: 'info',
        content: { text: '안녕하세요 {{ customer.name }}님' },
      }),
      node('done', 'exit', {}),
    ],
    edges: [edge('entry', 'w1'), edge('w1', 's1'), edge('s1', 'done')],
  },
  settings: { bypassWorkspaceCapForInfo: true, reentry: { mode: 'always' } },
};

/** entry.event → SMS: what an ingested event does before it returns. */
const eventJourney = {
  graph: {
    nodes: [
      node('entry', 'entry.event', { event: 'bench_event' }),
      node('s1', 'send', {
        channel: 'sms',
        purpose: 'info',
        content: { text: '주문 {{ event.properties.n }} 확인' },
      }),
    ],
    edges: [edge('entry', 's1')],
  },
  settings: { bypassWorkspaceCapForInfo: true, reentry: { mode: 'always' } },
};

async function newEngine(sql: SqlClient): Promise<Engine> {
  return createEngine({ db: sql, clock: systemClock, logger: silentLogger, ids: randomIds });
}

async function publish(engine: Engine, journeyId: string, journey: { graph: unknown; settings: unknown }) {
  await publishTestVersion(engine, {
    workspaceId: ws,
    journeyId,
    versionId: `${journeyId}_v1`,
    version: 1,
    graph: journey.graph as never,
    settings: journey.settings as never,
  });
}

/** Inserts customers and runs parked on `w1` with set-based SQL; `wakeSql` computes wake_at from g. */
async function seedRuns(sql: SqlClient, prefix: string, journeyId: string, count: number, wakeSql: string) {
  const chunk = 100_000;
  for (let from = 1; from <= count; from += chunk) {
    const to = Math.min(count, from + chunk - 1);
    await sql.query(
      `insert into customers (id, workspace_id, external_id, phone, attributes)
       select '${prefix}c' || g, $1, '${prefix}c' || g, '01012345678', '{"name":"고객"}'::jsonb from generate_series($2::int, $3::int) g`,
      [ws, from, to],
    );
    await sql.query(
      `insert into runs (id, workspace_id, journey_id, version, version_id, customer_id, entry_key, status, current_node,
         visits, wake_at, bucket, holdout, snapshot, entered_at, node_entered_at, updated_at)
       select '${prefix}r' || g, $1, $4, 1, $4 || '_v1', '${prefix}c' || g, '${prefix}c' || g, 'waiting', 'w1',
         '{"entry":1,"w1":1}'::jsonb, ${wakeSql}, g % 100, false, '{"node":"w1","seq":1}'::jsonb, now(), now(), now()
       from generate_series($2::int, $3::int) g`,
      [ws, from, to, journeyId],
    );
  }
}

/** Steps everything due in this process; `counts` is the engine's counting client's tally. */
async function stepAllInProcess(engine: Engine, counts: SqlCounts) {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const before = { ...counts };
  const totals = await stepDueRunsPipelined(engine);
  const cpu = process.cpuUsage(cpuBefore);
  const seconds = (performance.now() - started) / 1000;
  const cpuUs = (cpu.user + cpu.system) / totals.steps;
  const wallUs = (seconds * 1e6) / totals.steps;
  // Wall time with a PGlite call pending: in process that is (mostly) PGlite's own work on this thread; with
  // PGlite in a worker thread, this thread waits meanwhile (its own work overlaps only across batches).
  const dbShare = (counts.waitMs - before.waitMs) / 1000 / seconds;
  return {
    ...totals,
    seconds,
    split: `per step: ${fmtUs(cpuUs)} µs CPU (GC threads included), ${fmtUs(wallUs)} µs wall of which ${Math.round(dbShare * 100)} % with a PGlite call pending; ${((counts.statements - before.statements) / Math.max(1, totals.batches)).toFixed(1)} statements per ${fmt(totals.runs / Math.max(1, totals.batches))}-run batch`,
  };
}

type WorkerTotals = {
  steps: number;
  runs: number;
  batches: number;
  statements: number;
  nodeCpuMs: number;
  dbCpuMs: number;
};

type BenchWorker = { child: ChildProcess; warmed: () => Promise<void>; result: Promise<WorkerTotals> };

function spawnBenchWorker(url: string): Promise<BenchWorker> {
  const child = spawn(
    process.execPath,
    [
      // BENCH_WORKER_PROFILE=<dir>: each worker writes a V8 CPU profile there (open in Chrome DevTools).
      ...(process.env.BENCH_WORKER_PROFILE
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_WORKER_PROFILE}`]
        : []),
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'benchWorker.ts'),
    ],
    {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout! });
  return new Promise((resolveReady) => {
    let resolveResult: (value: WorkerTotals) => void = () => {};
    const result = new Promise<WorkerTotals>((r) => {
      resolveResult = r;
    });
    let resolveWarmed: () => void = () => {};
    const warmedOnce = new Promise<void>((r) => {
      resolveWarmed = r;
    });
    lines.on('line', (line) => {
      if (line === 'ready') resolveReady({ child, warmed: () => warmedOnce, result });
      else if (line === 'warmed') resolveWarmed();
      else if (line.startsWith('{')) resolveResult(JSON.parse(line));
    });
  });
}

/**
 * Runs each worker steps, untimed, before the measured ones: a worker is a long-lived process, and its
 * first few thousand steps pay JIT compilation, the version load and cold plan caches (≈ 0.4 s a process,
 * measured on the 2-worker run: 7 µs a step at 10,000 runs a worker), which steady state never does.
 */
const WARM_RUNS_PER_WORKER = num('BENCH_WARM_RUNS', 3_000);

async function stepsWithWorkers(db: TestDatabase, workers: number, runs: number, prefix: string) {
  const spawned = await Promise.all(Array.from({ length: workers }, () => spawnBenchWorker(db.url ?? '')));
  if (WARM_RUNS_PER_WORKER > 0) {
    await seedRuns(
      db.sql,
      `${prefix}w`,
      'jrn_steps',
      WARM_RUNS_PER_WORKER * workers,
      `now() - interval '1 second'`,
    );
    for (const w of spawned) w.child.stdin?.write('warm\n');
    await Promise.all(spawned.map((w) => w.warmed()));
  }
  await seedRuns(db.sql, prefix, 'jrn_steps', runs, `now() - interval '1 second'`);
  const started = performance.now();
  for (const w of spawned) w.child.stdin?.write('go\n');
  const totals = await Promise.all(spawned.map((w) => w.result));
  const seconds = (performance.now() - started) / 1000;
  const sum = (key: keyof WorkerTotals) => totals.reduce((a, t) => a + t[key], 0);
  const steps = sum('steps');
  return {
    steps,
    runs: sum('runs'),
    seconds,
    /** Per node step: µs of engine (Node) CPU and of PostgreSQL backend CPU; statements per batch. */
    split: `per step: Node ${fmtUs((sum('nodeCpuMs') * 1000) / steps)} µs CPU, PostgreSQL ${fmtUs((sum('dbCpuMs') * 1000) / steps)} µs CPU; ${(sum('statements') / Math.max(1, sum('batches'))).toFixed(1)} statements per ${fmt(sum('runs') / Math.max(1, sum('batches')))}-run batch`,
  };
}

/**
 * The same-run floor: what one connection does with no state machine at all — claim 1,000 due rows
 * FOR UPDATE SKIP LOCKED, update them, insert one outbox row each, commit — so the engine's figure can
 * be read against what the database alone allows on this machine today.
 */
async function floorRunsPerSecond(db: TestDatabase, runs: number): Promise<number> {
  await seedRuns(db.sql, 'f', 'jrn_floor', runs, `now() - interval '1 second'`);
  const started = performance.now();
  let done = 0;
  for (;;) {
    const claimed = await db.sql.transaction(async (tx) => {
      const rows = await tx.query<{ id: string; workspace_id: string; customer_id: string }>(
        `select id, workspace_id, customer_id from runs where wake_at <= now() and status in ('active', 'waiting')
           and journey_id = 'jrn_floor' order by wake_at limit 1000 for update skip locked`,
      );
      if (rows.length === 0) return 0;
      const ids = rows.map((r) => r.id);
      await tx.query(
        `update runs set status = 'completed', current_node = 'done', wake_at = null, ended_at = now(), updated_at = now()
         where id = any($1::text[])`,
        [ids],
      );
      await tx.query(
        `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
           customer_id, external_id, channel, purpose, status, content, rendered, reason, attempts, next_attempt_at,
           created_at, updated_at)
         select 'fmsg' || u.id, u.ws, 'jrn_floor', 1, u.id, 's1', 1, u.id || ':s1:1', u.cid, u.cid, 'sms', 'info', 'queued',
           '{}'::jsonb, '{"text":"floor"}'::jsonb, null, 0, now(), now(), now()
         from unnest($1::text[], $2::text[], $3::text[]) as u(id, ws, cid)`,
        [ids, rows.map((r) => r.workspace_id), rows.map((r) => r.customer_id)],
      );
      return rows.length;
    });
    if (claimed === 0) break;
    done += claimed;
  }
  return done / ((performance.now() - started) / 1000);
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const fmtUs = (n: number) => n.toFixed(1);

async function benchPostgres() {
  const db = await openTestDatabase('postgres', { timeouts: NO_DATABASE_TIMEOUTS });
  try {
    const engine = await newEngine(db.sql);
    await publish(engine, 'jrn_steps', stepJourney);
    await publish(engine, 'jrn_events', eventJourney);
    await publish(engine, 'jrn_floor', stepJourney);

    const one = skip.has('steps') ? undefined : await stepsWithWorkers(db, 1, RUNS, 'a');
    if (one) {
      const floor = await floorRunsPerSecond(db, RUNS);
      record(
        'PostgreSQL steps/s, 1 worker',
        `${fmt(one.steps / one.seconds)} node steps/s (${fmt(one.runs / one.seconds)} runs woken/s, ${fmt(one.runs)} runs × 3 steps); ${one.split}`,
        '≥ 15,000',
      );
      record(
        'same-run FLOOR: claim + update + outbox insert, no state machine (1 connection, 1,000 rows a batch)',
        `${fmt(floor)} runs/s (= ${fmt(floor * 3)} node steps/s at 3 steps a run)`,
        'engine figure above, for comparison',
      );
    }
    if (!skip.has('workers2') && !skip.has('steps')) {
      const two = await stepsWithWorkers(db, 2, RUNS, 'b');
      record(
        'PostgreSQL steps/s, 2 workers',
        `${fmt(two.steps / two.seconds)} node steps/s (${fmt(two.runs / two.seconds)} runs/s); ${two.split}`,
        '≥ 25,000',
      );
    }
    if (!skip.has('events'))
      await runEventIngestBench({
        sql: db.sql,
        workspaceId: ws,
        rate: EVENT_RATE,
        seconds: EVENT_SECONDS,
        slots: process.env.BENCH_EVENT_SLOTS ? Number(process.env.BENCH_EVENT_SLOTS) : undefined,
        audience: process.env.BENCH_EVENT_AUDIENCE !== '0',
        record,
      });
    if (one && !skip.has('waiting')) await benchWaiting(db, one.steps / one.seconds);
    if (!skip.has('timers')) await benchTimers(engine, db);
  } finally {
    await db.dispose();
  }
}

const EVENT_RATE = num('BENCH_EVENT_RATE', 1000);

/** WAITING runs parked 30 days out (spread over 1,000 minutes), with fresh planner statistics. */
async function parkWaitingRuns(db: TestDatabase) {
  await seedRuns(
    db.sql,
    'p',
    'jrn_steps',
    WAITING,
    `now() + interval '30 days' + (g % 1000) * interval '1 minute'`,
  );
  await db.sql.query('analyze runs');
}

/** Many runs parked far in the future must not slow stepping down. */
async function benchWaiting(db: TestDatabase, emptyStepsPerSecond: number) {
  await parkWaitingRuns(db);
  const parked = await stepsWithWorkers(db, 1, RUNS, 'd');
  record(
    `PostgreSQL steps/s with ${fmt(WAITING)} runs waiting`,
    `${fmt(parked.steps / parked.seconds)} node steps/s (${((parked.steps / parked.seconds / emptyStepsPerSecond - 1) * 100).toFixed(0)} % vs empty)`,
    '10,000,000 waiting, slowdown ≤ 20 %',
  );
  const [size] = await db.sql.query<{ bytes: number; n: number }>(
    `select pg_total_relation_size('runs')::float8 as bytes, (select count(*)::int from runs) as n`,
  );
  record(
    'memory per waiting run (PostgreSQL runs table + indexes; the engine keeps none in memory)',
    `${fmt(Number(size?.bytes) / Number(size?.n))} bytes/run over ${fmt(Number(size?.n))} runs`,
    '1M waiting ≈ 380 MiB measured by the toolchain prototype',
  );
}

/**
 * Timer lateness: TIMERS runs waking uniformly within the next minute, one `startEngineLoop` (this process).
 * Claim lateness is `updated_at` (the claiming batch's clock) − `wake_at`; commit lateness adds the time
 * until that batch committed (its outbox row is then visible).
 */
async function benchTimers(engine: Engine, db: TestDatabase) {
  await db.sql.query(`delete from runs where status = 'waiting'`);
  // Seeded an hour out, then shifted to start soon: a slow seed cannot make the first runs late.
  const seeding = Date.now();
  const far = seeding + 3_600_000;
  await seedRuns(
    db.sql,
    't',
    'jrn_steps',
    TIMERS,
    `to_timestamp((${far} + (g - 1) * 60000.0 / ${TIMERS}) / 1000.0)`,
  );
  // The shift rewrites every row: give it as long as the seed took (it inserted twice as many rows).
  const start = Date.now() + Math.max(3000, Date.now() - seeding);
  await db.sql.query(
    `update runs set wake_at = wake_at - make_interval(secs => ${(far - start) / 1000}) where id like 'tr%'`,
  );
  await db.sql.query('analyze runs');
  const margin = start - Date.now();
  const batches: EngineLoopBatch[] = [];
  const loop = startEngineLoop(engine, { schedules: false, onBatch: (b) => batches.push(b) });
  await sleep(Math.max(0, start + 60_000 + 10_000 - Date.now()));
  await loop.stop();
  const late = await db.sql.query<{ ms: number; at: number }>(
    `select extract(epoch from (updated_at - to_timestamp((${start} + (substr(id, 3)::int - 1) * 60000.0 / ${TIMERS}) / 1000.0))) * 1000 as ms,
       extract(epoch from updated_at) * 1000 as at
     from runs where id like 'tr%' and status = 'completed'`,
  );
  // Each run's batch: the last batch that started at or before its claim clock.
  const starts = batches.map((b) => b.startedAt);
  const batchOf = (at: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= at + 1) lo = mid;
      else hi = mid - 1;
    }
    return batches[lo];
  };
  const claim = late.map((r) => Number(r.ms)).sort((a, b) => a - b);
  const commit = late
    .map((r) => {
      const b = batchOf(Number(r.at));
      return Number(r.ms) + (b ? b.committedAt - Number(r.at) : 0);
    })
    .sort((a, b) => a - b);
  const sizes = batches.map((b) => b.claimed).sort((a, b) => a - b);
  record(
    `timer lateness (${fmt(TIMERS)} runs waking within one minute, PostgreSQL, 1 worker)`,
    `claim p50 ${fmt(pct(claim, 50))} / p99 ${fmt(pct(claim, 99))} ms; commit p50 ${fmt(pct(commit, 50))} / p99 ${fmt(pct(commit, 99))} ms; ${fmt(claim.length)} of ${fmt(TIMERS)} stepped in ${fmt(batches.length)} batches (size p50 ${fmt(pct(sizes, 50))}, max ${fmt(sizes.at(-1) ?? 0)}); seeded with ${fmt(margin)} ms to spare`,
    'p99 < 500 ms',
  );
}

async function benchPglite() {
  // In a worker thread, as the server runs PGlite; BENCH_PGLITE_IN_PROCESS=1 on this thread instead.
  const inProcess = process.env.BENCH_PGLITE_IN_PROCESS === '1';
  const db = await openTestDatabase('pglite', { timeouts: NO_DATABASE_TIMEOUTS, pgliteThread: !inProcess });
  try {
    const counts: SqlCounts = { statements: 0, waitMs: 0 };
    const engine = await newEngine(countingSqlClient(db.sql, counts));
    await publish(engine, 'jrn_steps', stepJourney);
    const runs = Math.min(RUNS, 20_000);
    await seedRuns(db.sql, 'a', 'jrn_steps', runs, `now() - interval '1 second'`);
    const base = await stepAllInProcess(engine, counts);
    record(
      `PGlite steps/s (${inProcess ? 'in process' : 'worker thread'})`,
      `${fmt(base.steps / base.seconds)} node steps/s (${fmt(base.runs / base.seconds)} runs/s); ${base.split}`,
      '≥ 12,000',
    );
    if (skip.has('waiting')) return;
    const before = process.memoryUsage().rss;
    await parkWaitingRuns(db);
    await seedRuns(db.sql, 'd', 'jrn_steps', runs, `now() - interval '1 second'`);
    const parked = await stepAllInProcess(engine, counts);
    const grown = process.memoryUsage().rss - before;
    record(
      `PGlite steps/s with ${fmt(WAITING)} runs waiting`,
      `${fmt(parked.steps / parked.seconds)} node steps/s (${((parked.steps / parked.seconds / (base.steps / base.seconds) - 1) * 100).toFixed(0)} % vs empty)`,
      '1,000,000 waiting, slowdown ≤ 20 %',
    );
    record(
      'memory per waiting run (PGlite, process RSS growth incl. its in-memory database)',
      `${fmt(grown / WAITING)} bytes/run`,
      '—',
    );
  } finally {
    await db.dispose();
  }
}

async function main() {
  console.log(`Journeyflow bench — runs ${fmt(RUNS)}, waiting ${fmt(WAITING)}, timers ${fmt(TIMERS)}\n`);
  if (!skip.has('postgres')) await benchPostgres();
  if (!skip.has('pglite')) await benchPglite();
  for (const kind of ['postgres', 'pglite'] as const)
    if (!skip.has(kind) && !skip.has('audience')) await runAudienceBench({ kind, record });
  for (const kind of ['postgres', 'pglite'] as const)
    if (!skip.has(kind) && !skip.has('exports')) await runExportBench({ kind, record });
  if (!skip.has('postgres') && !skip.has('paging')) await runPagingBench({ record });
  if (!skip.has('prediction')) runPredictionBench({ record });
  for (const kind of ['postgres', 'pglite'] as const)
    if (!skip.has(kind) && !skip.has('links')) await runShortLinkBench({ kind, record });
  if (!skip.has('web')) {
    try {
      const { runWebBench } = await import('./web');
      const web = await runWebBench();
      record(
        'web first-load JS (gzip)',
        `${fmt(web.firstLoadJsGzipBytes / 1024)} KiB (+ CSS ${fmt(web.firstLoadCssGzipBytes / 1024)} KiB)`,
        '< 400 KB',
      );
      record(
        'editor with 300 nodes: open',
        `${fmt(web.open300ColdMs)} ms cold, ${fmt(web.open300WarmMs)} ms warm (median, ${web.open300WarmRangeMs.map(fmt).join('–')})`,
        '< 700 ms',
      );
      record(
        'editor with 300 nodes: pan/zoom',
        `${web.zoomPanFps.toFixed(0)} fps (p95 frame ${web.zoomPanFrameMsP95.toFixed(1)} ms)`,
        '≥ 58 fps',
      );
      record(
        'editor with 1,000 nodes: open, pan/zoom',
        `${fmt(web.open1000ColdMs)} ms cold, ${fmt(web.open1000WarmMs)} ms warm (median, ${web.open1000WarmRangeMs.map(fmt).join('–')}); ${web.zoomPan1000Fps.toFixed(0)} fps (p95 frame ${web.zoomPan1000FrameMsP95.toFixed(1)} ms)`,
        '< 1.5 s, usable',
      );
    } catch (error) {
      console.log(`web bench skipped: ${String(error)}`);
    }
  }
  console.log('\nSummary');
  console.table(results);
}

await main();
process.exit(0);
