import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../../../i18n/localeStore';
import { testSendKeys } from '../testSendClient';
import { TestSendDialog } from './TestSendDialog';

const recipient = (id: string, kind: string, verified: boolean) => ({
  id,
  name: `${kind}-${id}`,
  kind,
  address: kind === 'email' ? `${id}@demo.local` : '01012345678',
  scope: 'user',
  verified,
  createdBy: 'usr_1',
  createdAt: '2026-12-01T00:00:00.000Z',
});

const renderDialog = (channel: 'sms' | 'email') => {
  useLocaleStore.getState().setLocale('ko');
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(testSendKeys.recipients, {
    items: [recipient('a', 'phone', true), recipient('b', 'phone', false), recipient('c', 'email', true)],
  });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <TestSendDialog subject={{ channel, purpose: 'ad', templateId: 'tpl_1' }} onClose={() => {}} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
};

afterEach(cleanup);

// jsdom has no showModal, so what is inside the dialog counts as hidden for role queries.

describe('TestSendDialog', () => {
  it('offers only verified recipients of the channel’s kind, the first one chosen', () => {
    renderDialog('sms');
    const boxes = screen.getAllByRole('checkbox', { hidden: true }) as HTMLInputElement[];
    expect(boxes.map((box) => box.parentElement?.textContent)).toEqual(['phone-a 01012345678']);
    expect(boxes[0]?.checked).toBe(true);
    expect(
      (screen.getByRole('button', { name: '테스트 보내기', hidden: true }) as HTMLButtonElement).disabled,
    ).toBe(false);
  });

  it('says where to add a recipient when none fits, and cannot send', () => {
    useLocaleStore.getState().setLocale('ko');
    const client = new QueryClient();
    client.setQueryData(testSendKeys.recipients, { items: [recipient('b', 'phone', false)] });
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <TestSendDialog
            subject={{ channel: 'sms', purpose: 'info', content: { text: 'x' } }}
            onClose={() => {}}
          />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(screen.getByText(/설정 → 테스트 수신자에서 추가하세요/)).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: '테스트 보내기', hidden: true }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('sends email tests to email recipients only', () => {
    renderDialog('email');
    const boxes = screen.getAllByRole('checkbox', { hidden: true });
    expect(boxes).toHaveLength(1);
    expect(boxes[0]?.parentElement?.textContent).toContain('c@demo.local');
  });
});
