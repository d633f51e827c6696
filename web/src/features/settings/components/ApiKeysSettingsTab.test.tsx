import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { queryKeys } from '../../../api/queryKeys';
import { useLocaleStore } from '../../../i18n/localeStore';
import { ApiKeysSettingsTab } from './ApiKeysSettingsTab';

const renderTab = (role: 'admin' | 'marketer') => {
  useLocaleStore.getState().setLocale('en');
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(queryKeys.auth.me, {
    id: 'usr_1',
    email: 'admin@demo.local',
    name: 'Admin',
    role,
    workspaceId: 'ws_demo',
  });
  client.setQueryData(queryKeys.settings.apiKeys, {
    items: [
      {
        id: 'key_1',
        name: 'Shop backend',
        prefix: 'jf_live_abcdef',
        scopes: ['ingest', 'inapp:token'],
        createdAt: '2026-12-01T00:00:00.000Z',
        lastUsedAt: null,
      },
    ],
  });
  return render(
    <QueryClientProvider client={client}>
      <ApiKeysSettingsTab />
    </QueryClientProvider>,
  );
};

afterEach(cleanup);

describe('ApiKeysSettingsTab', () => {
  it('lists keys with their scopes and starts a new key as a public write key', () => {
    renderTab('admin');
    const table = screen.getByTestId('api-key-table');
    expect(table.textContent).toContain('Shop backend');
    expect(table.textContent).toContain('Issue in-app tokens');
    const checked = screen
      .getAllByRole('checkbox')
      .filter((box) => (box as HTMLInputElement).checked)
      .map((box) => (box as HTMLInputElement).value);
    expect(checked).toEqual(['ingest']);
    const create = screen.getByRole('button', { name: 'Create key' });
    expect((create as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Key name'), { target: { value: 'Backend' } });
    expect((create as HTMLButtonElement).disabled).toBe(false);
  });

  it('is for admins only', () => {
    renderTab('marketer');
    expect(screen.queryByTestId('api-key-table')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Create key' })).toBeNull();
  });
});
