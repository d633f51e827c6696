import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../../../api/queryKeys';
import { AccountSettingsTab } from './AccountSettingsTab';

type Call = { url: string; method: string; body: unknown };

const user = {
  id: 'usr_1',
  email: 'mina@demo.local',
  name: 'Mina',
  role: 'marketer',
  workspaceId: 'ws_demo',
  workspaceName: 'Demo',
};

/** The server, answering each call with the next scripted answer for its path. */
const stubServer = (answers: Record<string, { status: number; body?: unknown }[]>) => {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({
      url,
      method: init.method ?? 'GET',
      body: init.body ? JSON.parse(String(init.body)) : undefined,
    });
    const answer = answers[url]?.shift() ?? {
      status: 404,
      body: { error: { code: 'not_found', message: 'x' } },
    };
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
    });
  });
  return calls;
};

const renderTab = () => {
  const queryClient = new QueryClient();
  queryClient.setQueryData(queryKeys.auth.me, user);
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={['/settings/account']}>
        <Routes>
          <Route path="/settings/account" element={<AccountSettingsTab />} />
          <Route path="/login" element={<p>login page</p>} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
};

const fill = (current: string, next: string, confirm = next) => {
  fireEvent.change(screen.getByLabelText('Current password'), { target: { value: current } });
  fireEvent.change(screen.getByLabelText('New password'), { target: { value: next } });
  fireEvent.change(screen.getByLabelText('Repeat the new password'), { target: { value: confirm } });
  fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
};

describe('AccountSettingsTab', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(cleanup);

  it('checks the form before sending anything', () => {
    const calls = stubServer({});
    renderTab();
    fill('old-password', 'short', 'other');
    expect(screen.getByText('Use at least 8 characters.')).toBeTruthy();
    expect(screen.getByText('The two new passwords differ.')).toBeTruthy();
    expect(calls.filter((c) => c.url === '/api/auth/password')).toEqual([]);
  });

  it('shows a wrong current password on its field, and the attempt limit as a form error', async () => {
    stubServer({
      '/api/auth/password': [
        {
          status: 422,
          body: {
            error: {
              code: 'validation_failed',
              message: 'wrong',
              details: {
                issues: [{ path: 'body.currentPassword', code: 'wrong_password', message: 'wrong' }],
              },
            },
          },
        },
        {
          status: 429,
          body: { error: { code: 'too_many_attempts', message: 'x', details: { retryAfterSeconds: 600 } } },
        },
      ],
    });
    renderTab();
    fill('not-it', 'a-brand-new-secret');
    expect(await screen.findByText('The current password is wrong.')).toBeTruthy();
    fill('not-it-either', 'a-brand-new-secret');
    expect(await screen.findByText('Too many wrong passwords. Try again in 10 min.')).toBeTruthy();
  });

  it('changes the password and clears the form', async () => {
    const calls = stubServer({ '/api/auth/password': [{ status: 204 }] });
    renderTab();
    fill('journeyflow', 'a-brand-new-secret');
    await vi.waitFor(() =>
      expect((screen.getByLabelText('Current password') as HTMLInputElement).value).toBe(''),
    );
    expect(calls.find((c) => c.url === '/api/auth/password')?.body).toEqual({
      currentPassword: 'journeyflow',
      newPassword: 'a-brand-new-secret',
    });
  });

  it('signs out everywhere after confirmation and goes to the login page', async () => {
    const calls = stubServer({ '/api/auth/logout-all': [{ status: 204 }] });
    renderTab();
    fireEvent.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    // jsdom has no showModal, so the dialog's buttons count as hidden.
    const buttons = screen.getAllByRole('button', { name: 'Sign out everywhere', hidden: true });
    fireEvent.click(buttons[buttons.length - 1] as HTMLElement);
    expect(await screen.findByText('login page')).toBeTruthy();
    expect(calls.some((c) => c.url === '/api/auth/logout-all' && c.method === 'POST')).toBe(true);
  });
});
