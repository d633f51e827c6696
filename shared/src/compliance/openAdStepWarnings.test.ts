import { describe, expect, it } from 'vitest';
import { openAdStepWarnings } from './openAdStepWarnings';

const context = { senderName: '샵', optoutLine: '무료수신거부 080-123-4567' };
const send = (id: string, settings: Record<string, unknown>) => ({
  id,
  type: 'send' as const,
  position: { x: 0, y: 0 },
  settings,
});

describe('openAdStepWarnings', () => {
  it('returns the warnings of ad steps only, naming the step', () => {
    const graph = {
      nodes: [
        {
          ...send('emoji', {
            channel: 'sms',
            purpose: 'ad',
            content: { text: '(광고)[샵] 세일 🎉\n무료수신거부 080-123-4567' },
          }),
          label: '세일 문자',
        },
        send('info', { channel: 'sms', purpose: 'info', content: { text: '주문 완료 🎉' } }),
        send('push', { channel: 'push', purpose: 'ad', content: { title: '(광고)[샵] 세일', body: '지금' } }),
      ],
    };
    const warnings = openAdStepWarnings(graph, context);
    expect(warnings.map((w) => [w.nodeId, w.code])).toEqual([
      ['emoji', 'sms_unsupported_chars'],
      ['push', 'ad_missing_optout'],
    ]);
    expect(warnings[0]?.nodeName).toBe('세일 문자');
  });

  it('treats a step sending an ad template as an ad, and ignores errors (submit blocks those)', () => {
    const templates = [
      {
        id: 'tpl',
        channel: 'sms' as const,
        purpose: 'ad' as const,
        content: { text: '(광고)[샵] 🎁\n무료수신거부 080-123-4567' },
      },
    ];
    const graph = {
      nodes: [
        send('byTemplate', { channel: 'sms', purpose: 'info', templateId: 'tpl' }),
        send('broken', { channel: 'sms', purpose: 'ad', content: { text: '세일' } }),
      ],
    };
    expect(openAdStepWarnings(graph, { ...context, templates }).map((w) => [w.nodeId, w.code])).toEqual([
      ['byTemplate', 'sms_unsupported_chars'],
    ]);
  });
});
