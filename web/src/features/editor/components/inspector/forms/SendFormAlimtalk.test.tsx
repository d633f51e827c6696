import type { NodeSettings } from '@journeyflow/shared/journey/graph';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { queryKeys } from '../../../../../api/queryKeys';
import { useLocaleStore } from '../../../../../i18n/localeStore';
import { SendForm } from '../../../nodes/send';

function AlimtalkHarness({ onSettings }: { onSettings: (settings: NodeSettings<'send'>) => void }) {
  const [settings, setSettings] = useState<NodeSettings<'send'>>({
    channel: 'alimtalk',
    purpose: 'info',
    content: { templateCode: '', variables: {} },
  });
  return (
    <SendForm
      settings={settings}
      errors={new Map()}
      onChange={(next) => {
        setSettings(next);
        onSettings(next);
      }}
    />
  );
}

describe('SendForm · AlimTalk', () => {
  afterEach(() => {
    cleanup();
    useLocaleStore.setState({ locale: 'en' });
  });

  it('picks the template from the registered list (no typed code), asks a value per placeholder and previews the body filled in', () => {
    useLocaleStore.setState({ locale: 'ko' });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(queryKeys.settings.alimtalk, {
      items: [
        {
          code: 'ORDER_SHIPPED_01',
          name: '배송 시작 안내',
          body: '#{name}님, 주문하신 #{product} 상품이 출발했어요.',
          buttons: [],
          status: 'approved',
        },
      ],
    });
    let last: NodeSettings<'send'> | undefined;
    render(
      <QueryClientProvider client={client}>
        <AlimtalkHarness onSettings={(settings) => (last = settings)} />
      </QueryClientProvider>,
    );
    const picker = screen.getByLabelText('알림톡 템플릿') as HTMLSelectElement;
    expect(picker.tagName).toBe('SELECT');
    expect(screen.getByRole('option', { name: '배송 시작 안내 (ORDER_SHIPPED_01)' })).toBeTruthy();
    fireEvent.change(picker, { target: { value: 'ORDER_SHIPPED_01' } });
    expect(last?.content).toEqual({ templateCode: 'ORDER_SHIPPED_01', variables: { name: '', product: '' } });
    fireEvent.change(screen.getByLabelText('#{product} 값'), { target: { value: '겨울 패딩' } });
    expect(last?.content).toMatchObject({ variables: { product: '겨울 패딩' } });
    expect(screen.getByTestId('preview-alimtalk-body').textContent).toContain(
      '#{name}님, 주문하신 겨울 패딩 상품이 출발했어요.',
    );
  });
});
