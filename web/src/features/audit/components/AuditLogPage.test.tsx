import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../../../api/queryKeys';
import { useLocaleStore } from '../../../i18n/localeStore';
import { AuditLogPage } from './AuditLogPage';

const user = (role: 'admin' | 'marketer') => ({
  id: 'usr_1',
  email: 'a@demo.local',
  name: 'Admin',
  role,
  workspaceId: 'ws_1',
  createdAt: '2026-01-01T00:00:00.000Z',
});

const entry = {
  id: 'aud_1',
  action: 'updated',
  entityType: 'segment',
  entityId: 'seg_1',
  actorId: 'usr_2',
  actorName: '김마케터',
  before: { name: 'Old' },
  after: { name: 'New' },
  beforeHash: null,
  afterHash: null,
  details: {},
  createdAt: '2026-12-01T00:00:00.000Z',
};

const answer = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const renderPage = (role: 'admin' | 'marketer') => {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(queryKeys.auth.me, user(role));
  return render(
    <QueryClientProvider client={client}>
      <AuditLogPage />
    </QueryClientProvider>,
  );
};

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  useLocaleStore.getState().setLocale('ko');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('AuditLogPage', () => {
  it('lists entries in Korean and sends the filters to the API', async () => {
    fetchMock.mockResolvedValue(
      answer(200, { items: [entry], nextCursor: null, total: 1, totalExact: true }),
    );
    renderPage('admin');
    expect(await screen.findByText('전체 1건 모두 표시')).toBeTruthy();
    expect(await screen.findByText('김마케터')).toBeTruthy();
    expect(screen.getByText('변경')).toBeTruthy();
    expect(screen.getByText('세그먼트', { selector: 'td', exact: false })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('대상'), { target: { value: 'segment' } });
    fireEvent.change(screen.getByLabelText('ID (선택)'), { target: { value: 'seg_1' } });
    fireEvent.click(screen.getByRole('button', { name: '적용' }));
    await waitFor(() => expect(String(fetchMock.mock.calls.at(-1)?.[0])).toContain('entity=segment%3Aseg_1'));
    expect(screen.getByRole('link', { name: 'CSV 내보내기' }).getAttribute('href')).toContain(
      '/api/audit/export?entity=segment%3Aseg_1&format=csv',
    );
  });

  it('says so when nothing matches, and shows the error with a retry', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, { items: [], nextCursor: null, total: 0, totalExact: true }));
    const { unmount } = renderPage('admin');
    expect(await screen.findByText('조건에 맞는 변경 기록이 없습니다.')).toBeTruthy();
    unmount();

    fetchMock.mockResolvedValue(answer(500, { error: { code: 'internal', message: 'boom' } }));
    renderPage('admin');
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('button', { name: '다시 시도' })).toBeTruthy();
  });

  it('tells a non-admin the log is for admins and asks the API nothing', () => {
    renderPage('marketer');
    expect(screen.getByText('감사 로그는 관리자만 볼 수 있습니다.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
