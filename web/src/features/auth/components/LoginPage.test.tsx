import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLocaleStore } from '../../../i18n/localeStore';
import { LoginPage } from './LoginPage';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Signed out, in demo mode with one demo account; a login is refused so the page stays. */
const fakeServer = () =>
  vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) => {
    const url = String(input);
    if (url.endsWith('/api/auth/me')) return json(401, { error: { code: 'unauthorized', message: 'no' } });
    if (url.endsWith('/api/auth/config'))
      return json(200, {
        demo: true,
        demoLogins: [{ email: 'marketer@demo.kr', role: 'marketer', password: 'demo-pass-1' }],
      });
    return json(401, { error: { code: 'invalid_credentials', message: 'Wrong email or password' } });
  });

/** Renders the page in `locale` against the fake server, and returns the server's fetch to inspect. */
const renderPage = (locale: 'ko' | 'en') => {
  useLocaleStore.setState({ locale });
  const fetch = fakeServer();
  vi.stubGlobal('fetch', fetch);
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter>
        <LoginPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return fetch;
};

const loginBody = (fetch: ReturnType<typeof fakeServer>) => {
  const call = fetch.mock.calls.find(([url]) => String(url).endsWith('/api/auth/login'));
  return call ? JSON.parse(String(call[1]?.body)) : undefined;
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('LoginPage', () => {
  it('signs in with the typed email and password', async () => {
    const fetch = renderPage('en');
    fireEvent.change(await screen.findByLabelText('Email'), { target: { value: 'me@shop.kr' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'secret-123' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(loginBody(fetch)).toEqual({ email: 'me@shop.kr', password: 'secret-123' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
  });

  it('fills both fields from a demo account', async () => {
    renderPage('ko');
    fireEvent.click(await screen.findByRole('button', { name: /marketer@demo\.kr/ }));
    expect((screen.getByLabelText('이메일') as HTMLInputElement).value).toBe('marketer@demo.kr');
    expect((screen.getByLabelText('비밀번호') as HTMLInputElement).value).toBe('demo-pass-1');
  });
});
