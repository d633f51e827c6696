import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../../../i18n/localeStore';
import { TraceTimeline } from './TraceTimeline';

afterEach(cleanup);

describe('trace timeline', () => {
  it('shows a refused entry in the reader language from its code and params, with the folded count', () => {
    useLocaleStore.setState({ locale: 'ko' });
    render(
      <TraceTimeline
        entries={[
          {
            at: '2026-03-02T03:00:00.000Z',
            journeyId: 'jrn_1',
            version: 2,
            nodeId: 'entry',
            nodeType: 'entry.event',
            reason: 'did not enter: entry limit of 3 per hour reached',
            code: 'entry_limit',
            params: { limit: 3 },
            attempts: 4,
          },
        ]}
      />,
    );
    const refusal = screen.getByTestId('trace-refusal');
    expect(refusal.dataset.code).toBe('entry_limit');
    expect(refusal.textContent).toContain('시간당 진입 한도 3명 도달 · 4회');
    expect(refusal.textContent).toContain('진입 거절');
  });
});
