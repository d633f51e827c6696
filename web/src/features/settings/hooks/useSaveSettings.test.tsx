import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useToastStore } from '../../../components/toastStore';
import { useLocaleStore } from '../../../i18n/localeStore';
import { useSaveSettings } from './useSaveSettings';

const key = ['settings', 'example'];

const setup = () => {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return { client, wrapper };
};

beforeEach(() => {
  useLocaleStore.getState().setLocale('en');
  useToastStore.setState({ toasts: [] });
});

describe('useSaveSettings', () => {
  it("caches the server's answer under the settings' key and says it was saved", async () => {
    const { client, wrapper } = setup();
    const save = vi.fn(async (body: { on: boolean }) => ({ ...body, updatedAt: 'now' }));
    const { result } = renderHook(() => useSaveSettings(key, save), { wrapper });
    act(() => result.current.mutate({ on: true }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(client.getQueryData(key)).toEqual({ on: true, updatedAt: 'now' });
    expect(useToastStore.getState().toasts.map((toast) => [toast.kind, toast.text])).toEqual([
      ['success', 'Saved.'],
    ]);
  });

  it('hands a failure to onError and caches nothing', async () => {
    const { client, wrapper } = setup();
    const onError = vi.fn();
    const save = async () => {
      throw new Error('nope');
    };
    const { result } = renderHook(() => useSaveSettings(key, save, { onError }), { wrapper });
    act(() => result.current.mutate(undefined));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(onError.mock.calls[0]?.[0]).toEqual(new Error('nope'));
    expect(client.getQueryData(key)).toBeUndefined();
  });
});
