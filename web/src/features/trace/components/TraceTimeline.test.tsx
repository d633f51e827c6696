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

  it('says each step in Korean from its code and params, by step name, on the journey clock', () => {
    useLocaleStore.setState({ locale: 'ko' });
    const step = {
      journeyId: 'jrn_1',
      version: 1,
      runId: 'run_1',
      timezone: 'Asia/Seoul',
    } as const;
    render(
      <TraceTimeline
        entries={[
          {
            ...step,
            at: '2026-03-01T00:00:00.000Z',
            nodeId: 'n_917c4a808d',
            nodeType: 'wait.event',
            nodeLabel: '구매 대기',
            handle: 'timeout',
            reason: 'no purchase within 259200s',
            code: 'wait.event_timeout',
            params: { event: 'purchase', seconds: 259_200 },
          },
          {
            ...step,
            at: '2026-03-04T12:30:00.000Z',
            nodeId: 'sms',
            nodeType: 'send',
            handle: 'next',
            reason: 'SMS skipped: no sms marketing consent',
            code: 'send.skipped',
            params: { channel: 'sms', why: 'consent_missing' },
          },
          {
            ...step,
            at: '2026-03-04T12:31:00.000Z',
            nodeId: 'push',
            nodeType: 'send',
            reason: 'Push delayed: quiet hours 21:00–08:00 until 2026-03-04T23:00:00.000Z',
            code: 'send.quiet_delayed',
            params: { channel: 'push', until: '2026-03-04T23:00:00.000Z' },
          },
        ]}
      />,
    );
    const [timeout, skipped, delayed] = screen.getAllByTestId('trace-step');
    expect(timeout?.textContent).toContain('구매 대기');
    expect(timeout?.textContent).toContain("3일 대기 후 'purchase' 이벤트 없음 → 시간 초과");
    expect(timeout?.textContent).not.toContain('n_917c4a808d');
    expect(timeout?.textContent).toContain('이벤트 대기');
    expect(skipped?.textContent).toContain('문자(SMS) 건너뜀: 마케팅 수신 동의 없음');
    expect(skipped?.textContent).toContain('메시지 발송');
    // 23:00 UTC is 08:00 the next morning in Seoul.
    expect(delayed?.textContent).toMatch(/방해 금지 시간이라 푸시 발송을 3월 5일 08:00까지 미룸/);
    expect(delayed?.textContent).toMatch(/3월 4일 21:31/);
  });
});
