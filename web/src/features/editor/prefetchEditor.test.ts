import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/ApiError';
import { queryKeys } from '../../api/queryKeys';
import { prefetchEditor } from './prefetchEditor';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const journey = {
  id: 'j1',
  name: 'Welcome',
  status: 'draft',
  revision: 3,
  ownerId: 'u1',
  liveVersion: null,
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
  graph: { nodes: [], edges: [] },
  settings: {},
  contentHash: 'h1',
};

const answering = (body: unknown) =>
  vi.fn(async () => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }));

describe('prefetchEditor', () => {
  it('sends the request at once and puts the checked journey under the key the editor page reads', async () => {
    const fetch = answering(journey);
    vi.stubGlobal('fetch', fetch);
    const client = new QueryClient();
    prefetchEditor(client, 'j1');
    // Synchronously: the request does not wait for the journey schema's chunk.
    expect(fetch).toHaveBeenCalledWith('/api/journeys/j1', expect.objectContaining({ method: 'GET' }));
    await vi.waitFor(() => expect(client.getQueryData(queryKeys.journeys.detail('j1'))).toEqual(journey), {
      timeout: 15_000,
    });
  });

  it('still checks the answer against the journey schema', async () => {
    vi.stubGlobal('fetch', answering({ id: 'j1' }));
    const client = new QueryClient();
    prefetchEditor(client, 'j1');
    await vi.waitFor(
      () => expect(client.getQueryState(queryKeys.journeys.detail('j1'))?.status).toBe('error'),
      { timeout: 15_000 },
    );
    const error = client.getQueryState(queryKeys.journeys.detail('j1'))?.error;
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('invalid_response');
  });
});
