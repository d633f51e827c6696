import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../../../api/queryKeys';
import { useLocaleStore } from '../../../i18n/localeStore';
import { MessagingSettingsTab } from './MessagingSettingsTab';

const saved = {
  senderName: '데모몰',
  optoutLine: '무료수신거부 080-123-4567',
  fatigueCap: { enabled: true, max: 2, perSeconds: 86_400 },
  totalAdCap: { enabled: true, max: 3, perSeconds: 86_400 },
};

const renderTab = (locale: 'ko' | 'en', settings: Record<string, unknown> = saved) => {
  useLocaleStore.getState().setLocale(locale);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(queryKeys.auth.me, {
    id: 'usr_1',
    email: 'admin@demo.local',
    name: 'Admin',
    role: 'admin',
    workspaceId: 'ws_demo',
  });
  client.setQueryData(queryKeys.auth.config, {
    demo: false,
    demoLogins: [],
    publicUrl: 'https://jf.example',
  });
  client.setQueryData(queryKeys.settings.messaging, settings);
  return render(
    <QueryClientProvider client={client}>
      <MessagingSettingsTab />
    </QueryClientProvider>,
  );
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('MessagingSettingsTab link host', () => {
  it('shows the installation address by default and refuses a host with a path (Korean)', () => {
    renderTab('ko');
    const input = screen.getByLabelText('짧은 링크 도메인') as HTMLInputElement;
    expect(input.value).toBe('');
    expect(input.placeholder).toBe('https://jf.example');
    expect(screen.getByTestId('link-host-hint').textContent).toContain('https://jf.example/l/Ab3dE9xQ');
    fireEvent.change(input, { target: { value: 'https://go.shop.kr/links' } });
    expect(screen.getByRole('alert').textContent).toContain('경로 없이 http(s) 주소를 입력하세요');
    expect((screen.getByRole('button', { name: '저장' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(input, { target: { value: 'ftp://go.shop.kr' } });
    expect((screen.getByRole('button', { name: '저장' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('saves a valid host and clears it back to the default (English)', async () => {
    const bodies: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_path: string, init: RequestInit) => {
        const body = JSON.parse(String(init.body));
        bodies.push(body);
        return new Response(JSON.stringify(body), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      }),
    );
    renderTab('en', { ...saved, linkHost: 'https://old.shop.kr' });
    const input = screen.getByLabelText('Short link host') as HTMLInputElement;
    expect(input.value).toBe('https://old.shop.kr');
    fireEvent.change(input, { target: { value: 'https://go.shop.kr' } });
    expect(screen.getByTestId('link-host-hint').textContent).toContain('https://go.shop.kr/l/Ab3dE9xQ');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toMatchObject({ linkHost: 'https://go.shop.kr' });

    fireEvent.change(input, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[1]).not.toHaveProperty('linkHost');
  });
});
