import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { ingestEvents } from '@journeyflow/engine/ingest/ingestEvents';
import { systemClock } from '@journeyflow/engine/ports/clock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import { createEngine } from '@journeyflow/engine/runtime/engine';
import type { TestDatabase } from '@journeyflow/server/db/testDatabase';
import { publishTestVersion } from '@journeyflow/server/db/testVersions';
import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { expect } from 'vitest';

const serverDir = path.resolve(import.meta.dirname, '../../../../server');
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A real engine worker process (`pnpm worker` = tsx server/src/worker.ts) against the test database. */
export function startWorker(
  url: string,
  batch = 250,
  env: Readonly<Record<string, string>> = {},
): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/worker.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      DATABASE_URL: url,
      LOG_LEVEL: 'error',
      JOURNEYFLOW_WORKER_BATCH: String(batch),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export async function stopWorker(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  await exited;
}

/** entry → 1s → SMS → 1s → SMS → 1s → SMS → exit: three sends per customer, each after a durable wait. */
export const threeSends = () =>
  aJourney()
    .entryEvent('go', undefined, { id: 'entry' })
    .wait(1, { id: 'w1' })
    .sms('first', 'info', { id: 's1' })
    .wait(1, { id: 'w2' })
    .sms('second', 'info', { id: 's2' })
    .wait(1, { id: 'w3' })
    .sms('third', 'info', { id: 's3' })
    .exit({ id: 'done' })
    .settings({ reentry: { mode: 'never' }, bypassWorkspaceCapForInfo: true });

export async function seedRuns(db: TestDatabase, customers: number): Promise<void> {
  const engine = await createEngine({ db: db.sql, clock: systemClock, logger: silentLogger, ids: randomIds });
  await publishTestVersion(engine, {
    workspaceId: 'ws_crash',
    journeyId: 'jrn_crash',
    versionId: 'jrn_crash_v1',
    version: 1,
    ...(threeSends().build() as { graph: never; settings: never }),
  });
  await db.sql.query(
    `insert into customers (id, workspace_id, external_id, phone)
     select 'cus_' || g, 'ws_crash', 'c' || g, '010' || lpad(g::text, 8, '0') from generate_series(1, $1::int) g`,
    [customers],
  );
  for (let from = 1; from <= customers; from += 500) {
    const events = Array.from({ length: Math.min(500, customers - from + 1) }, (_, i) => ({
      externalId: `c${from + i}`,
      name: 'go',
    }));
    await ingestEvents(engine, 'ws_crash', events);
  }
}

export async function waitUntilAllDone(
  db: TestDatabase,
  customers: number,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await db.sql.query<{ n: number }>(
      `select count(*)::int as n from runs where status = 'completed'`,
    );
    if (Number(row?.n) === customers) return;
    if (Date.now() > deadline) throw new Error(`only ${row?.n} of ${customers} runs completed`);
    await sleep(250);
  }
}

export async function assertExactlyOnce(db: TestDatabase, customers: number): Promise<void> {
  const [counts] = await db.sql.query<{
    runs: number;
    completed: number;
    outbox: number;
    keys: number;
    pairs: number;
  }>(
    `select (select count(*)::int from runs) as runs,
            (select count(*)::int from runs where status = 'completed') as completed,
            (select count(*)::int from outbox) as outbox,
            (select count(distinct idempotency_key)::int from outbox) as keys,
            (select count(distinct (run_id, node_id))::int from outbox) as pairs`,
  );
  expect(counts).toEqual({
    runs: customers,
    completed: customers,
    outbox: customers * 3,
    keys: customers * 3,
    pairs: customers * 3,
  });
  // Every node visit was stepped exactly once: one "left" trace line per run and node.
  const twice = await db.sql.query(
    `select run_id, node_id from run_trace where kind = 'left' group by run_id, node_id having count(*) > 1 limit 5`,
  );
  expect(twice).toEqual([]);
  const [left] = await db.sql.query<{ n: number }>(
    `select count(*)::int as n from run_trace where kind = 'left'`,
  );
  expect(left?.n).toBe(customers * 7);
}
