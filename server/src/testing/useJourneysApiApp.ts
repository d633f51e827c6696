import { afterAll, beforeAll, expect } from 'vitest';
import type { DatabaseKind } from '../db/database';
import type { PublishEvent } from '../serverDeps';
import { createTestApp, minimalValidGraph, type TestApp, type TestClient } from './createTestApp';

/**
 * The app the journeys API suites talk to: a marketer, two reviewers and an admin, and every publish
 * the engine hook saw. Registers its own hooks, so call it once at the top of a `describe`.
 */
export const useJourneysApiApp = (kind: DatabaseKind) => {
  const published: PublishEvent[] = [];
  const h = {
    t: undefined as unknown as TestApp,
    marketer: undefined as unknown as TestClient,
    reviewer: undefined as unknown as TestClient,
    reviewer2: undefined as unknown as TestClient,
    admin: undefined as unknown as TestClient,
    published,
  };

  /** A valid journey created through the API. */
  const createValid = async (client: TestClient = h.marketer, name = 'Welcome') => {
    const res = await client.post('/api/journeys', { name, graph: minimalValidGraph(), settings: {} });
    expect(res.status).toBe(201);
    return res.body as { id: string; revision: number; contentHash: string };
  };

  beforeAll(async () => {
    h.t = await createTestApp(kind, {
      onPublish: async (event, tx) => {
        // The hook runs inside the publishing transaction: the new version is visible to it.
        const rows = await tx.query<{ status: string }>('select status from journeys where id = $1', [
          event.journeyId,
        ]);
        published.push(event);
        return { occupancy: { seen: rows[0]?.status === 'live' ? 1 : 0 } };
      },
    });
    [h.marketer, h.reviewer, h.reviewer2, h.admin] = await Promise.all([
      h.t.login('marketer@demo.local'),
      h.t.login('reviewer@demo.local'),
      h.t.login('reviewer2@demo.local'),
      h.t.login('admin@demo.local'),
    ]);
  });
  afterAll(() => h.t?.dispose());

  return Object.assign(h, { createValid });
};
