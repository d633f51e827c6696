import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { queryKeys } from '../../../api/queryKeys';
import { useLocaleStore } from '../../../i18n/localeStore';
import { teamKeys } from '../teamClient';
import { TeamSettingsTab } from './TeamSettingsTab';

const user = (id: string, email: string, role: string, active = true) => ({
  id,
  email,
  name: email.split('@')[0],
  role,
  active,
  workspaceId: 'ws_demo',
  createdAt: '2026-12-01T00:00:00.000Z',
});

const renderTab = (role: 'admin' | 'marketer') => {
  useLocaleStore.getState().setLocale('ko');
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(queryKeys.auth.me, {
    id: 'usr_admin',
    email: 'admin@demo.local',
    name: 'A',
    role,
    workspaceId: 'ws_demo',
  });
  client.setQueryData(teamKeys.users, {
    items: [
      user('usr_admin', 'admin@demo.local', 'admin'),
      user('usr_m', 'marketer@demo.local', 'marketer'),
      user('usr_gone', 'gone@demo.local', 'reviewer', false),
    ],
  });
  client.setQueryData(teamKeys.invitations, { items: [] });
  return render(
    <QueryClientProvider client={client}>
      <TeamSettingsTab />
    </QueryClientProvider>,
  );
};

afterEach(cleanup);

describe('TeamSettingsTab', () => {
  it('lists users in Korean; an admin cannot demote or deactivate themselves', () => {
    renderTab('admin');
    const table = screen.getByTestId('team-table');
    const rows = within(table).getAllByRole('row');
    const own = rows.find((row) => row.getAttribute('data-user-email') === 'admin@demo.local')!;
    expect((within(own).getByRole('combobox') as HTMLSelectElement).disabled).toBe(true);
    expect(within(own).queryByRole('button', { name: '비활성화' })).toBeNull();
    const other = rows.find((row) => row.getAttribute('data-user-email') === 'marketer@demo.local')!;
    expect(within(other).getByRole('button', { name: '비활성화' })).toBeTruthy();
    const gone = rows.find((row) => row.getAttribute('data-user-email') === 'gone@demo.local')!;
    expect(within(gone).getByRole('button', { name: '다시 활성화' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '초대 만들기' })).toBeTruthy();
  });

  it('is for admins only', () => {
    renderTab('marketer');
    expect(screen.queryByTestId('team-table')).toBeNull();
  });
});
