import { describe, expect, it } from 'vitest';
import fixture from '../journey/browseAbandonment.fixture.json';
import type { SqlClient, SqlRow } from '../ports/sqlClient';
import { VersionCache } from './versionCache';

/** A journey_versions reader that answers after a tick and counts its queries. */
function versionsTable(): { client: SqlClient; queries: number } {
  const state = { queries: 0 } as { client: SqlClient; queries: number };
  state.client = {
    kind: 'postgres',
    async query<T extends SqlRow = SqlRow>(_text: string, params?: readonly unknown[]) {
      state.queries += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      const ids = (params?.[0] ?? []) as string[];
      return ids.map((id) => ({
        version_id: id,
        workspace_id: 'ws_1',
        journey_id: 'j_1',
        version: 1,
        graph: fixture.graph,
        settings: {},
        status: 'live',
      })) as unknown as T[];
    },
    transaction: (fn) => fn(state.client),
  };
  return state;
}

describe('VersionCache', () => {
  it('loads a version once when two batches ask for it at the same time (cold cache, two lanes)', async () => {
    const table = versionsTable();
    const cache = new VersionCache();
    await Promise.all([cache.load(table.client, ['v_1']), cache.load(table.client, ['v_1', 'v_1'])]);
    expect(table.queries).toBe(1);
    expect(cache.peek('v_1')?.journeyId).toBe('j_1');
    await cache.load(table.client, ['v_1']);
    expect(table.queries).toBe(1);
  });

  it('queries only the versions no other batch is already loading', async () => {
    const table = versionsTable();
    const cache = new VersionCache();
    await Promise.all([cache.load(table.client, ['v_1']), cache.load(table.client, ['v_1', 'v_2'])]);
    expect(table.queries).toBe(2);
    expect(cache.peek('v_2')?.versionId).toBe('v_2');
  });
});
