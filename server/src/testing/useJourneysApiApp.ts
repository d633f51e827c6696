import { expect } from 'vitest';
import type { DatabaseKind } from '../db/database';
import type { PublishEvent } from '../serverDeps';
import { createTestApp, minimalValidGraph, type TestClient } from './createTestApp';
import { useTestApp } from './useTestApp';

/**
 * The app the journeys API suites talk to: a marketer, two reviewers and an admin, and every publish
 * the engine hook saw. Registers its own hooks, so call it once at the top of a `describe`.
 */
export const useJourneysApiApp = (kind: DatabaseKind) => {
  const published: PublishEvent[] = [];
  const h = useTestApp(kind, ['marketer', 'reviewer', 'reviewer2', 'admin'], (k) =>
    createTestApp(k, {
      onPublish: async (event, tx) => {
        // The hook runs inside the publishing transaction: the new version is visible to it.
        const rows = await tx.query<{ status: string }>('select status from journeys where id = $1', [
          event.journeyId,
        ]);
        published.push(event);
        return { occupancy: { seen: rows[0]?.status === 'live' ? 1 : 0 } };
      },
    }),
  );

  /** A valid journey created through the API. */
  const createValid = async (client: TestClient = h.marketer, name = 'Welcome') => {
    const res = await client.post('/api/journeys', { name, graph: minimalValidGraph(), settings: {} });
    expect(res.status).toBe(201);
    return res.body as { id: string; revision: number; contentHash: string };
  };

  return Object.assign(h, { published, createValid });
};
