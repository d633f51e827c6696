import { createInterface } from 'node:readline';
import { systemClock } from '@journeyflow/engine/ports/clock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import { createEngine } from '@journeyflow/engine/runtime/engine';
import { stepDueRunsPipelined } from '@journeyflow/engine/runtime/stepPipeline';
import { createPostgresSqlClient } from '@journeyflow/server/db/postgresSqlClient';
import postgres from 'postgres';
import { countingSqlClient, processCpuMs, type SqlCounts } from './stepCost';

// A benchmark worker process: connects, steps the warm-up runs on "warm", waits for "go" on stdin, steps due runs until none is left
// (two batches in flight, like the engine loop), prints { steps, runs, batches, statements, nodeCpuMs,
// dbCpuMs } as JSON and exits. Spawned by run.ts for the 1- and 2-worker figures.
// A plain pool without migrations: the parent already migrated this database.
const appName = `jf_bench_worker_${process.pid}`;
const client = postgres(process.env.DATABASE_URL ?? '', {
  max: 3,
  onnotice: () => {},
  connection: { application_name: appName, jit: 'off' },
  types: {
    int8: { to: 20, from: [20], serialize: (v: number) => String(v), parse: (v: string) => Number(v) },
  },
});
const counts: SqlCounts = { statements: 0, waitMs: 0 };
const sql = countingSqlClient(createPostgresSqlClient(client), counts);
// BENCH_LANES=1 measures the old one-batch-at-a-time worker beside the pipelined one.
const engine = await createEngine(
  { db: sql, clock: systemClock, logger: silentLogger, ids: randomIds },
  { batchesInFlight: Number(process.env.BENCH_LANES ?? 2) },
);

/** CPU of this worker's PostgreSQL backends so far (they run on this machine: /proc). */
async function backendCpuMs(): Promise<Map<number, number>> {
  const rows = await client.unsafe('select pid from pg_stat_activity where application_name = $1', [appName]);
  return new Map(rows.map((r) => [Number(r.pid), processCpuMs(Number(r.pid))]));
}

// Open the pool's connections before the clock starts.
await Promise.all([1, 2, 3].map(() => client.unsafe('select pg_sleep(0.05)')));
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (line.trim() === 'warm') {
    // Untimed steps first (run.ts seeds them): JIT, the version load and plan caches warm up as in a
    // long-running worker.
    await stepDueRunsPipelined(engine);
    process.stdout.write('warmed\n');
    continue;
  }
  if (line.trim() !== 'go') continue;
  const dbBefore = await backendCpuMs();
  const cpuBefore = process.cpuUsage();
  counts.statements = 0;
  const totals = await stepDueRunsPipelined(engine);
  const cpu = process.cpuUsage(cpuBefore);
  const dbAfter = await backendCpuMs();
  let dbCpuMs = 0;
  for (const [pid, ms] of dbAfter) dbCpuMs += ms - (dbBefore.get(pid) ?? 0);
  process.stdout.write(
    `${JSON.stringify({
      ...totals,
      statements: counts.statements,
      nodeCpuMs: (cpu.user + cpu.system) / 1000,
      dbCpuMs,
    })}\n`,
  );
  break;
}
lines.close();
await client.end({ timeout: 5 });
process.exit(0);
