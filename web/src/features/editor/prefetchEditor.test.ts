import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { journeysApi } from '../../api/journeysApi';
import { queryKeys } from '../../api/queryKeys';
import { prefetchEditor } from './prefetchEditor';

afterEach(() => vi.restoreAllMocks());

describe('prefetchEditor', () => {
  it('starts loading the journey under the key the editor page reads, so the page does not fetch again', async () => {
    const journey = { id: 'j1' } as Awaited<ReturnType<typeof journeysApi.get>>;
    const get = vi.spyOn(journeysApi, 'get').mockResolvedValue(journey);
    const client = new QueryClient();
    prefetchEditor(client, 'j1');
    expect(get).toHaveBeenCalledWith('j1', expect.anything());
    await vi.waitFor(() => expect(client.getQueryData(queryKeys.journeys.detail('j1'))).toBe(journey));
  });
});
