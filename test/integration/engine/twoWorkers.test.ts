import { openTestDatabase, type TestDatabase } from '@journeyflow/server/db/testDatabase';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  assertExactlyOnce,
  seedRuns,
  startWorker,
  stopWorker,
  waitUntilAllDone,
} from './support/workerProcess';

describe('two workers on one PostgreSQL database', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase('postgres');
  });
  afterAll(() => db?.dispose());

  it('share the due runs through SKIP LOCKED and never step a run twice', async () => {
    const customers = 4000;
    await seedRuns(db, customers);
    const workers = [startWorker(db.url ?? '', 200), startWorker(db.url ?? '', 200)];
    try {
      await waitUntilAllDone(db, customers, 120_000);
    } finally {
      await Promise.all(workers.map((w) => stopWorker(w, 'SIGTERM')));
    }
    await assertExactlyOnce(db, customers);
  }, 200_000);
});
