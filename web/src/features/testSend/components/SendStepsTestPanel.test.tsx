import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../../../i18n/localeStore';
import { SendStepsTestPanel } from './SendStepsTestPanel';

const node = (id: string, type: string, settings: Record<string, unknown>, label?: string) => ({
  id,
  type,
  settings,
  ...(label ? { label } : {}),
});

afterEach(cleanup);

describe('SendStepsTestPanel', () => {
  it('offers a test send for each finished send step on a channel a person can receive', () => {
    useLocaleStore.getState().setLocale('ko');
    render(
      <SendStepsTestPanel
        graph={{
          nodes: [
            node('entry', 'entry.event', { event: 'x' }),
            node('coupon', 'send', { channel: 'sms', purpose: 'ad', templateId: 'tpl_1' }, '쿠폰 문자'),
            node('hook', 'send', { channel: 'webhook', purpose: 'info', content: { url: 'https://x' } }),
            node('draft', 'send', { channel: 'sms', purpose: 'info', templateId: '' }),
          ],
        }}
      />,
    );
    const panel = screen.getByTestId('review-test-send');
    expect(panel.textContent).toContain('쿠폰 문자');
    expect(panel.textContent).not.toContain('hook');
    expect(screen.getAllByRole('button', { name: '테스트 발송' })).toHaveLength(1);
  });

  it('shows nothing for a journey without send steps', () => {
    render(<SendStepsTestPanel graph={{ nodes: [node('entry', 'entry.event', { event: 'x' })] }} />);
    expect(screen.queryByTestId('review-test-send')).toBeNull();
  });
});
