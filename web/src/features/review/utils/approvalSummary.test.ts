import { describe, expect, it } from 'vitest';
import { approvalSummary } from './approvalSummary';

const node = (id: string, type: string, settings: Record<string, unknown>, label?: string) => ({
  id,
  type: type as 'send',
  position: { x: 0, y: 0 },
  settings,
  ...(label ? { label } : {}),
});

describe('approvalSummary', () => {
  it('lists channels, ad steps (by step or template purpose) and who enters', () => {
    const summary = approvalSummary(
      {
        nodes: [
          node('entry', 'entry.segment', { segmentId: 'seg_vip' }),
          node('welcome', 'entry.event', { event: 'signed_up' }),
          node('sms', 'send', { channel: 'sms', purpose: 'ad', content: { text: '(광고)' } }, '세일 문자'),
          node('kakao', 'send', { channel: 'alimtalk', purpose: 'info', content: { templateCode: 'A' } }),
          node('mail', 'send', { channel: 'email', purpose: 'info', templateId: 'tpl_ad' }),
          node('wait', 'wait.duration', { seconds: 60 }),
        ],
      },
      [{ id: 'tpl_ad', purpose: 'ad' }],
    );
    expect(summary.stepCount).toBe(6);
    expect(summary.channels).toEqual(['sms', 'alimtalk', 'email']);
    expect(summary.adSteps).toEqual([
      { nodeId: 'sms', name: '세일 문자', channel: 'sms' },
      { nodeId: 'mail', channel: 'email' },
    ]);
    expect(summary.reach).toEqual([
      { kind: 'segment', segmentId: 'seg_vip' },
      { kind: 'event', event: 'signed_up' },
    ]);
  });
});
