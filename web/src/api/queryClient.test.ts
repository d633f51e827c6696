import { afterEach, describe, expect, it } from 'vitest';
import { useToastStore } from '../components/toastStore';
import { createQueryClient } from './queryClient';

const failing = () => Promise.reject(new Error('catalog is down'));

describe('createQueryClient', () => {
  afterEach(() => useToastStore.setState({ toasts: [] }));

  it('toasts a failed query', async () => {
    const client = createQueryClient();
    await client.prefetchQuery({ queryKey: ['a'], queryFn: failing, retry: false });
    expect(useToastStore.getState().toasts.map((toast) => toast.text)).toEqual(['catalog is down']);
  });

  it('keeps quiet about a query marked silentError (optional data such as suggestions)', async () => {
    const client = createQueryClient();
    await client.prefetchQuery({
      queryKey: ['b'],
      queryFn: failing,
      retry: false,
      meta: { silentError: true },
    });
    expect(useToastStore.getState().toasts).toEqual([]);
  });
});
