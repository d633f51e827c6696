import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLocaleStore } from '../../../i18n/localeStore';
import { JourneyGalleryDialog } from './JourneyGalleryDialog';

const template = {
  id: 'birthday',
  name: '생일 축하 쿠폰',
  description: '매일 오전 10시, 오늘이 생일인 고객에게 생일 축하 15% 쿠폰을 푸시로 보냅니다.',
  descriptionEn: 'Every morning at 10:00, customers whose birthday is today get a push coupon.',
  graph: {
    nodes: [{ id: 'entry', type: 'entry.schedule', position: { x: 0, y: 0 }, settings: {} }],
    edges: [],
  },
  settings: { timezone: 'Asia/Seoul' },
};

const answer = (status: number, body: unknown) =>
  vi.fn(
    async () =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );

const renderDialog = () =>
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter>
        <JourneyGalleryDialog open onClose={() => undefined} />
      </MemoryRouter>
    </QueryClientProvider>,
  );

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('JourneyGalleryDialog', () => {
  // jsdom has no showModal, so what is inside the dialog counts as hidden for role queries.
  it('lists the templates in Korean and fills the name from the chosen one', async () => {
    useLocaleStore.setState({ locale: 'ko' });
    vi.stubGlobal('fetch', answer(200, [template]));
    renderDialog();
    expect(screen.getByText('템플릿을 불러오는 중…')).toBeTruthy();
    const card = await screen.findByTestId('gallery-birthday');
    expect(card.textContent).toContain('오늘이 생일인 고객');
    const use = screen.getByRole('button', { name: '이 템플릿 사용', hidden: true }) as HTMLButtonElement;
    expect(use.disabled).toBe(true);
    fireEvent.click(screen.getByRole('radio', { hidden: true }));
    expect((screen.getByLabelText('여정 이름') as HTMLInputElement).value).toBe('생일 축하 쿠폰');
    expect(use.disabled).toBe(false);
  });

  it('shows English descriptions, and the error and empty states', async () => {
    useLocaleStore.setState({ locale: 'en' });
    vi.stubGlobal('fetch', answer(200, [template]));
    renderDialog();
    expect((await screen.findByTestId('gallery-birthday')).textContent).toContain('birthday is today');
    cleanup();
    vi.stubGlobal('fetch', answer(500, { error: { code: 'internal', message: 'boom' } }));
    renderDialog();
    expect((await screen.findByRole('alert', { hidden: true })).textContent).toContain(
      'Could not load the templates.',
    );
    cleanup();
    vi.stubGlobal('fetch', answer(200, []));
    renderDialog();
    expect(await screen.findByText('No templates are available.')).toBeTruthy();
  });
});
