import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { apiRequest } from '../api/apiRequest';
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
    // The route loader started the editor's chunk: it finishes loading in this file, not in the next one.
    await import('../features/editor/components/EditorPage');
  });

  it('no longer sends a 401 to the login page once the router is disposed', async () => {
    vi.stubGlobal('fetch', async () => new Response(null, { status: 401 }));
    window.history.replaceState(null, '', '/login');
    createAppRouter(new QueryClient()).dispose();
    window.history.replaceState(null, '', '/journeys');
    await expect(apiRequest('/api/auth/me', { schema: z.unknown() })).rejects.toMatchObject({ status: 401 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(window.location.pathname).toBe('/journeys');
  });
});
