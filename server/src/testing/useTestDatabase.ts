import { afterAll, beforeAll } from 'vitest';
import type { DatabaseKind } from '../db/database';
import { openTestDatabase, type TestDatabase } from '../db/testDatabase';

/**
 * A throw-away test database (`h.db`), seeded once before the suite's tests. Registers its own hooks,
 * so call it once at the top of a `describe`.
 */
export const useTestDatabase = (
  kind: DatabaseKind,
  seed: (db: TestDatabase) => Promise<void> = async () => {},
) => {
  const h = { db: undefined as unknown as TestDatabase };
  beforeAll(async () => {
    h.db = await openTestDatabase(kind);
    await seed(h.db);
  });
  afterAll(async () => {
    await h.db?.dispose();
  });
  return h;
};
