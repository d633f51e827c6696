import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { queryKeys } from '../../../api/queryKeys';
import { useLocaleStore } from '../../../i18n/localeStore';
import { MessagePreview } from './MessagePreview';

const registry = [
  {
    code: 'ORDER_SHIPPED',
    name: '배송 시작',
    body: '#{고객명}님, 주문하신 상품이 출발했습니다. 송장 #{송장번호}',
    buttons: [{ name: '배송 조회' }],
    status: 'approved' as const,
  },
];

const withRegistry = (node: ReactNode) => {
  const client = new QueryClient();
  client.setQueryData(queryKeys.settings.alimtalk, { items: registry });
  return render(<QueryClientProvider client={client}>{node}</QueryClientProvider>);
};

describe('MessagePreview', () => {
  afterEach(() => {
    cleanup();
    useLocaleStore.setState({ locale: 'en' });
  });

  it('shows the registered AlimTalk body with the values filled in, not the code and a JSON', () => {
    useLocaleStore.setState({ locale: 'ko' });
    withRegistry(
      <MessagePreview
        channel="alimtalk"
        content={{ templateCode: 'ORDER_SHIPPED', variables: { 고객명: '김민지' } }}
      />,
    );
    const body = screen.getByTestId('preview-alimtalk-body');
    expect(body.textContent).toContain('김민지님, 주문하신 상품이 출발했습니다. 송장 #{송장번호}');
    expect(body.textContent).not.toContain('{"');
    expect(screen.getByText('김민지').tagName).toBe('MARK');
    expect(screen.getByText('배송 조회')).toBeTruthy();
    expect(screen.getByText(/#\{송장번호\} 값이 아직 없습니다/)).toBeTruthy();
  });

  it('highlights the SMS→LMS switch and warns about emoji', () => {
    withRegistry(<MessagePreview channel="sms" content={{ text: `${'가'.repeat(46)} 🎉` }} />);
    expect(screen.getByTestId('preview-sms-type').textContent).toContain('LMS');
    expect(screen.getByTestId('preview-sms-switch').textContent).toContain('Over 90 bytes');
    expect(screen.getByTestId('preview-emoji-warning').textContent).toContain('🎉');
  });

  it('renders an email in a fully sandboxed iframe', () => {
    withRegistry(
      <MessagePreview
        channel="email"
        content={{ subject: '주말 세일', html: '<h1>세일</h1><script>alert(1)</script>' }}
      />,
    );
    const frame = screen.getByTestId('preview-email-frame') as HTMLIFrameElement;
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toContain('<h1>세일</h1>');
    expect(screen.getByText('주말 세일')).toBeTruthy();
  });

  it('draws a push as a lock-screen notification', () => {
    useLocaleStore.setState({ locale: 'ko' });
    withRegistry(
      <MessagePreview channel="push" content={{ title: '장바구니', body: '잊으신 상품이 있어요' }} />,
    );
    expect(screen.getByTestId('preview-push').textContent).toContain('장바구니');
    expect(screen.getByText('푸시 · 잠금 화면')).toBeTruthy();
  });
});
