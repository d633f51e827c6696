import type { NodeSettings } from '@journeyflow/shared/journey/graph';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryKeys } from '../../../../../api/queryKeys';
import { useLocaleStore } from '../../../../../i18n/localeStore';
import { SendForm } from '../../../nodes/send';

const longLink = 'https://shop.example.com/products/2026/winter-sale?campaign=abcdefghijklmnop';

function Harness({ onSettings }: { onSettings: (s: NodeSettings<'send'>) => void }) {
  const [settings, setSettings] = useState<NodeSettings<'send'>>({
    channel: 'sms',
    purpose: 'info',
    content: { text: `오늘만 특가 쿠폰 확인 ${longLink}` },
  });
  return (
    <SendForm
      settings={settings}
      onChange={(next) => {
        setSettings(next);
        onSettings(next);
      }}
      errors={new Map()}
    />
  );
}

const renderForm = (onSettings: (s: NodeSettings<'send'>) => void = () => {}, linkHost?: string) => {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(queryKeys.auth.config, { demo: true, demoLogins: [], publicUrl: 'https://jf.example' });
  if (linkHost)
    client.setQueryData(queryKeys.settings.messaging, {
      senderName: '',
      optoutLine: '',
      fatigueCap: { enabled: true, max: 2, perSeconds: 86_400 },
      totalAdCap: { enabled: true, max: 3, perSeconds: 86_400 },
      linkHost,
    });
  return render(
    <QueryClientProvider client={client}>
      <Harness onSettings={onSettings} />
    </QueryClientProvider>,
  );
};

beforeEach(() => useLocaleStore.setState({ locale: 'ko' }));
afterEach(cleanup);

describe('링크 추적 on the send node', () => {
  it('says in Korean what an empty UTM field defaults to', () => {
    renderForm();
    const placeholder = (label: string) => screen.getByLabelText(label).getAttribute('placeholder');
    expect(placeholder('utm_source')).toBe('기본값: journeyflow');
    expect(placeholder('utm_medium')).toBe('기본값: 단계의 채널');
    expect(placeholder('utm_campaign')).toBe('기본값: 여정 ID');
    expect(placeholder('utm_content')).toBe('기본값: 단계 ID');
  });

  it('counts bytes with short links (SMS) and shows the count as typed (LMS) beside it', () => {
    renderForm();
    const counter = screen.getByTestId('sms-counter');
    expect(counter.textContent).toContain('짧은 링크로 발송: 51/90바이트 · SMS');
    expect(screen.getByTestId('sms-counter-typed').textContent).toBe('입력한 그대로: 98/2000바이트 · LMS');
  });

  it("counts short links at the workspace's own link host length (Settings → messaging)", () => {
    renderForm(undefined, 'https://s.kr');
    // https://s.kr/l/xxxxxxxx is 6 characters shorter than https://jf.example/l/xxxxxxxx.
    expect(screen.getByTestId('sms-counter').textContent).toContain('짧은 링크로 발송: 45/90바이트 · SMS');
    expect(screen.getByText(/https:\/\/s\.kr\/l\/Ab3dE9x/)).toBeTruthy();
  });

  it('switching tracking off counts the text as typed; UTM fields are stored per key', () => {
    let last: NodeSettings<'send'> | undefined;
    renderForm((s) => {
      last = s;
    });
    fireEvent.change(screen.getByLabelText('utm_campaign'), { target: { value: 'winter' } });
    expect(last?.linkTracking).toEqual({ enabled: true, utm: { utm_campaign: 'winter' } });
    fireEvent.click(screen.getByLabelText('링크 추적'));
    expect(last?.linkTracking?.enabled).toBe(false);
    expect(screen.getByTestId('sms-counter').textContent).toBe('98/2000바이트 · LMS');
    expect(screen.queryByLabelText('utm_campaign')).toBeNull();
  });
});
