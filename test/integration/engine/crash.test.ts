import { openTestDatabase, type TestDatabase } from '@journeyflow/server/db/testDatabase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertExactlyOnce,
  seedRuns,
  sleep,
  startWorker,
  stopWorker,
  waitUntilAllDone,
} from './support/workerProcess';

describe('crash safety on PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase('postgres');
  });
  afterAll(() => db?.dispose());

  it('a worker killed with SIGKILL at random moments and restarted loses no run and duplicates no message', async () => {
    const customers = 3000;
    await seedRuns(db, customers);
    const url = db.url ?? '';
    let kills = 0;
    let stepsSeenBeforeKill = 0;
    const leftSteps = async () =>
      Number(
        (await db.sql.query<{ n: number }>(`select count(*)::int as n from run_trace where kind = 'left'`))[0]
          ?.n,
      );
    for (let round = 0; round < 6; round++) {
      const before = await leftSteps();
      const worker = startWorker(url);
      // Kill only once this worker is stepping, at a random moment of its work.
      const deadline = Date.now() + 30_000;
      while ((await leftSteps()) === before && Date.now() < deadline) await sleep(50);
      await sleep(Math.random() * 400);
      stepsSeenBeforeKill = Math.max(stepsSeenBeforeKill, await leftSteps());
      await stopWorker(worker, 'SIGKILL');
      kills++;
    }
    const last = startWorker(url);
    try {
      await waitUntilAllDone(db, customers, 120_000);
    } finally {
      await stopWorker(last, 'SIGTERM');
    }
    expect(kills).toBe(6);
    expect(stepsSeenBeforeKill).toBeGreaterThan(customers);
    await assertExactlyOnce(db, customers);
  }, 240_000);
});
