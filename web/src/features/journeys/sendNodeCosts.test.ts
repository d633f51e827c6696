import type { DraftJourneyGraph } from '@journeyflow/shared/journey/graph';
import { describe, expect, it } from 'vitest';
import { sendNodeCosts } from './sendNodeCosts';

const send = (id: string, settings: Record<string, unknown>, label?: string) => ({
  id,
  type: 'send' as const,
  position: { x: 0, y: 0 },
  settings,
  ...(label ? { label } : {}),
});

const graph: DraftJourneyGraph = {
  nodes: [
    { id: 'entry', type: 'entry.event', position: { x: 0, y: 0 }, settings: { event: 'signup' } },
    send('short', { channel: 'sms', purpose: 'info', content: { text: '안녕하세요' } }, '환영 문자'),
    send('long', { channel: 'sms', purpose: 'info', content: { text: '가'.repeat(60) } }),
    send('kakao', { channel: 'alimtalk', purpose: 'info', content: { templateCode: 'A', variables: {} } }),
    send('tpl', { channel: 'sms', purpose: 'ad', templateId: 't1' }),
    send('gone', { channel: 'sms', purpose: 'ad', templateId: 'deleted' }),
    send('push', { channel: 'push', purpose: 'info', content: { title: 'a', body: 'b' } }),
  ],
  edges: [],
};

describe('sendNodeCosts', () => {
  it('prices every send step with the workspace prices, SMS/LMS by bytes, template content looked up', () => {
    const costs = sendNodeCosts(
      graph,
      [{ id: 't1', content: { text: '쿠폰', imageUrl: 'https://x/y.png' } }],
      {
        SMS: 25,
        LMS: 55,
        MMS: 210,
        ALIMTALK: 9,
      },
    );
    expect(
      costs.map((c) => [c.nodeId, c.label, c.estimate?.type ?? null, c.estimate?.unitPrice ?? null]),
    ).toEqual([
      ['short', '환영 문자', 'SMS', 25],
      ['long', 'long', 'LMS', 55],
      ['kakao', 'kakao', 'ALIMTALK', 9],
      ['tpl', 'tpl', 'MMS', 210],
      ['gone', 'gone', null, null],
      ['push', 'push', null, 0],
    ]);
  });

  it('multiplies by the recipients when known', () => {
    const [short] = sendNodeCosts(graph, [], { SMS: 20 }, 1500);
    expect(short?.estimate?.total).toBe(30_000);
  });
});
