import { useTestDatabase } from '@journeyflow/server/testing/useTestDatabase';
import { describe, it } from 'vitest';
import {
  assertExactlyOnce,
  seedRuns,
  startWorker,
  stopWorker,
  waitUntilAllDone,
} from './support/workerProcess';

describe('two workers on one PostgreSQL database', () => {
  const h = useTestDatabase('postgres');

  it('share the due runs through SKIP LOCKED and never step a run twice', async () => {
    const customers = 4000;
    await seedRuns(h.db, customers);
    const workers = [startWorker(h.db.url ?? '', 200), startWorker(h.db.url ?? '', 200)];
    try {
      await waitUntilAllDone(h.db, customers, 120_000);
    } finally {
      await Promise.all(workers.map((w) => stopWorker(w, 'SIGTERM')));
    }
    await assertExactlyOnce(h.db, customers);
  }, 200_000);
});
