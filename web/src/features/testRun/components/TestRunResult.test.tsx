import type { Message } from '@journeyflow/shared/api/messages';
import type { TraceEntry } from '@journeyflow/shared/api/trace';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../../../i18n/localeStore';
import { TraceTimeline } from '../../trace/components/TraceTimeline';
import { MessagePreview } from './MessagePreview';
import { TestPathHighlight } from './TestPathHighlight';

const entry = (nodeId: string, reason: string, handle?: string): TraceEntry => ({
  at: '2026-03-02T03:00:00.000Z',
  journeyId: 'jrn_1',
  version: 0,
  nodeId,
  nodeType: nodeId === 'vip' ? 'condition' : 'send',
  reason,
  ...(handle ? { handle } : {}),
});

afterEach(cleanup);

describe('test-run result', () => {
  it('lists each step with its handle and reason', () => {
    render(
      <TraceTimeline
        entries={[
          entry('vip', 'condition grade in [VIP] was false: grade = Gold', 'no'),
          entry('sms', 'SMS skipped: frequency cap 2 per 168h reached', 'next'),
        ]}
      />,
    );
    expect(screen.getAllByTestId('trace-step').map((li) => li.dataset.nodeId)).toEqual(['vip', 'sms']);
    expect(screen.getByText('condition grade in [VIP] was false: grade = Gold')).toBeTruthy();
    expect(screen.getByText('→ no')).toBeTruthy();
  });

  it('highlights each visited node once, in path order, by React Flow data-id', () => {
    const { container } = render(
      <TestPathHighlight nodeIds={['entry', 'wait', 'wait', 'send']} runKey={1} />,
    );
    const style = container.querySelector('style');
    expect(style?.dataset.path).toBe('entry,wait,send');
    const css = style?.textContent ?? '';
    expect(css.indexOf('[data-id="entry"]')).toBeLessThan(css.indexOf('[data-id="wait"]'));
    expect(css).toContain('0.90s');
  });

  it('shows an SMS as the customer would read it, with its type', () => {
    const message: Message = {
      id: 'm1',
      journeyId: 'jrn_1',
      runId: 'run_1',
      externalId: 'test-customer',
      nodeId: 'coupon',
      channel: 'sms',
      purpose: 'ad',
      status: 'queued',
      rendered: { text: '(광고)[데모몰] 김민지님, 쿠폰을 드려요.\n무료수신거부 080-123-4567', type: 'LMS' },
      createdAt: '2026-03-02T03:00:00.000Z',
    };
    render(<MessagePreview message={message} />);
    expect(screen.getByTestId('test-message').textContent).toContain('sms · LMS · ad');
    expect(screen.getByText(/김민지님, 쿠폰을 드려요/)).toBeTruthy();
  });

  it('names the channel, purpose and status in Korean, not as codes', () => {
    useLocaleStore.setState({ locale: 'ko' });
    const message: Message = {
      id: 'm2',
      journeyId: 'jrn_1',
      runId: 'run_1',
      externalId: 'test-customer',
      nodeId: 'coupon',
      channel: 'sms',
      purpose: 'info',
      status: 'queued',
      rendered: { text: '김민지님, 주문이 접수되었습니다.' },
      createdAt: '2026-03-02T03:00:00.000Z',
    };
    render(<MessagePreview message={message} />);
    const head = screen.getByTestId('test-message').querySelector('.jf-phone-head')?.textContent ?? '';
    expect(head).toContain('문자(SMS)');
    expect(head).toContain('정보성');
    expect(head).not.toMatch(/sms|info|queued/);
    useLocaleStore.setState({ locale: 'en' });
  });
});
