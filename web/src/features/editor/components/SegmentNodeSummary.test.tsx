import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { queryKeys } from '../../../api/queryKeys';
import { SegmentNodeSummary } from './SegmentNodeSummary';

const segment = (id: string, name: string) => ({
  id,
  name,
  type: 'dynamic' as const,
  condition: null,
  count: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const renderSummary = (segmentId: string, items: ReturnType<typeof segment>[] | undefined) => {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (items) client.setQueryData(queryKeys.segments.list, { items });
  return render(
    <QueryClientProvider client={client}>
      <SegmentNodeSummary segmentId={segmentId} fallback={segmentId} />
    </QueryClientProvider>,
  );
};

afterEach(cleanup);

describe('SegmentNodeSummary', () => {
  it('shows the saved segment’s name, not its id', () => {
    renderSummary('seg_vip', [segment('seg_new', '신규 가입자'), segment('seg_vip', 'VIP 고객')]);
    expect(screen.getByTestId('node-segment-summary').textContent).toBe('VIP 고객');
  });

  it('falls back to the id for a segment that no longer exists', () => {
    renderSummary('seg_gone', [segment('seg_vip', 'VIP 고객')]);
    expect(screen.getByTestId('node-segment-summary').textContent).toBe('seg_gone');
  });
});
