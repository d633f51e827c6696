import type { ChannelSetting } from '@journeyflow/shared/messaging/channelSettings';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../../../i18n/localeStore';
import { ChannelSettingCard } from './ChannelSettingCard';

const saved: ChannelSetting = {
  channel: 'sms',
  provider: 'solapi',
  config: { baseUrl: 'https://api.solapi.com', senderNumber: '0212345678' },
  secretsSet: ['apiKey', 'apiSecret'],
  updatedAt: null,
};

const renderCard = () =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ChannelSettingCard channel="sms" saved={saved} />
    </QueryClientProvider>,
  );

describe('ChannelSettingCard', () => {
  beforeEach(() => useLocaleStore.setState({ locale: 'en' }));
  afterEach(cleanup);

  it('keeps stored secrets for other edits, and asks for them again once the base URL changes', () => {
    renderCard();
    fireEvent.change(screen.getByLabelText(/^Sender number/), { target: { value: '15880000' } });
    expect(screen.queryByTestId('endpoint-changed-sms')).toBeNull();
    expect(screen.getByTestId('secret-apiKey').textContent).toBe('Set');

    fireEvent.change(screen.getByLabelText(/^API base URL/), { target: { value: 'http://10.0.0.5' } });
    expect(screen.getByTestId('endpoint-changed-sms').textContent).toMatch(/enter them again/);
    expect(screen.getByTestId('secret-apiKey').textContent).toBe('Enter again');
    expect(screen.getByTestId('secret-apiSecret').textContent).toBe('Enter again');
    expect(screen.getByLabelText(/^API secret/).getAttribute('placeholder')).toMatch(/Type it again/);
  });

  it('says so in Korean too', () => {
    useLocaleStore.setState({ locale: 'ko' });
    renderCard();
    fireEvent.change(screen.getByLabelText(/^API 기본 URL/), { target: { value: 'http://10.0.0.5' } });
    expect(screen.getByTestId('secret-apiKey').textContent).toBe('다시 입력');
    expect(screen.getByTestId('endpoint-changed-sms').textContent).toMatch(/다시 입력하세요/);
  });
});
