import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppRouter } from './createAppRouter';

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('createAppRouter', () => {
  it('requests the journey of /journeys/:id as the route matches, without waiting for the editor chunk', async () => {
    const fetch = vi.fn(() => new Promise<Response>(() => {}));
    vi.stubGlobal('fetch', fetch);
    window.history.replaceState(null, '', '/journeys/j1');
    const router = createAppRouter(new QueryClient());
    // One turn of the event loop: far too short for the editor's chunks to load.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fetch).toHaveBeenCalledWith('/api/journeys/j1', expect.objectContaining({ method: 'GET' }));
    router.dispose();
  });
});
