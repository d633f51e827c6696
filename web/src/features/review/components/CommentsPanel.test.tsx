import type { Journey } from '@journeyflow/shared/api/journeys';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../../../i18n/localeStore';
import { CommentsPanel } from './CommentsPanel';

const journey = {
  id: 'jrn_1',
  graph: {
    nodes: [
      { id: 'exit', type: 'exit', position: { x: 0, y: 0 }, settings: {} },
      { id: 'n_coupon', type: 'send', label: '쿠폰 발송', position: { x: 0, y: 0 }, settings: {} },
    ],
    edges: [],
  },
} as unknown as Journey;

const renderPanel = (selectedNodeId: string) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <CommentsPanel journey={journey} comments={[]} selectedNodeId={selectedNodeId} onClearNode={() => {}} />
    </QueryClientProvider>,
  );

afterEach(() => {
  cleanup();
  useLocaleStore.setState({ locale: 'en' });
});

describe('CommentsPanel', () => {
  it('names the selected step by its name, or an unnamed step by its kind, never by its id', () => {
    useLocaleStore.setState({ locale: 'ko' });
    renderPanel('exit');
    const form = screen.getByTestId('comments-panel').querySelector('.jf-comment-form')?.textContent ?? '';
    expect(form).not.toContain('exit');
    expect(form).toContain('종료');
    cleanup();
    renderPanel('n_coupon');
    expect(screen.getByText('쿠폰 발송')).toBeTruthy();
  });
});
