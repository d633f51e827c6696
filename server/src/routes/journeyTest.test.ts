import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { useTestApp } from '../testing/useTestApp';

/** signup → VIP? yes: exit; no: welcome SMS → wait 1 day → in-app nudge. */
const graph = aJourney()
  .entryEvent('signup', undefined, { id: 'entry' })
  .condition(
    { attribute: 'grade', op: 'in', value: ['VIP'] },
    (no) =>
      no
        .sms('{{ customer.name }}님, 가입을 환영해요', 'info', { id: 'welcome' })
        .wait('1d', { id: 'wait' })
        .send(
          {
            channel: 'inapp',
            purpose: 'info',
            content: { title: '첫 구매 혜택', body: '{{ customer.name }}님 전용' },
          },
          { id: 'nudge' },
        ),
    { id: 'vip' },
  )
  .exit({ id: 'done' })
  .build().graph;

describe.each(databaseKinds)('POST /api/journeys/:id/test on %s', (kind) => {
  const h = useTestApp(kind, ['marketer']);
  let journeyId: string;
  beforeAll(async () => {
    const created = await h.marketer.post('/api/journeys', {
      name: '가입 환영',
      graph,
      settings: { goal: { event: 'purchase' } },
    });
    expect(created.status).toBe(201);
    journeyId = created.body.id;
  });

  it('runs a made-up customer through the draft on a simulated clock and stores nothing', async () => {
    const before = await h.t.rowCounts();
    const response = await h.marketer.post(`/api/journeys/${journeyId}/test`, {
      customer: { attributes: { name: '이서연', phone: '010-2222-3333' }, grade: 'Gold' },
      horizonSeconds: 2 * 86_400,
    });
    expect(response.status).toBe(200);
    const path = response.body.trace.map(
      (e: { nodeId: string; handle?: string }) => `${e.nodeId}:${e.handle ?? ''}`,
    );
    expect(path).toEqual(
      expect.arrayContaining(['entry:next', 'vip:no', 'welcome:next', 'wait:next', 'nudge:next']),
    );
    const vip = response.body.trace.find((e: { nodeId: string }) => e.nodeId === 'vip');
    expect(vip.reason).toContain('Gold');
    expect(
      response.body.messages.map((m: { channel: string; rendered: unknown }) => [m.channel, m.rendered]),
    ).toEqual([
      ['sms', expect.objectContaining({ text: '이서연님, 가입을 환영해요', type: 'SMS' })],
      ['inapp', expect.objectContaining({ title: '첫 구매 혜택', body: '이서연님 전용' })],
    ]);
    expect(
      response.body.messages.every(
        (m: { externalId: string; journeyId: string }) =>
          m.externalId === 'test-customer' && m.journeyId === journeyId,
      ),
    ).toBe(true);
    // The nudge comes a simulated day after the welcome.
    const [welcome, nudge] = response.body.messages;
    expect(Date.parse(nudge.createdAt) - Date.parse(welcome.createdAt)).toBe(86_400_000);
    expect(await h.t.rowCounts()).toEqual(before);
  });

  it('stops where a scripted goal event converts the customer; VIPs take the other branch', async () => {
    const response = await h.marketer.post(`/api/journeys/${journeyId}/test`, {
      customer: { attributes: { name: '박지훈', phone: '010-4444-5555' } },
      events: [{ name: 'purchase', properties: { amount: 39000 }, afterSeconds: 3600 }],
    });
    expect(response.status).toBe(200);
    expect(response.body.trace.at(-1).reason).toContain('goal purchase reached');
    expect(response.body.messages).toHaveLength(1);
    const vip = await h.marketer.post(`/api/journeys/${journeyId}/test`, {
      customer: { attributes: { name: 'V' }, grade: 'VIP' },
    });
    expect(
      vip.body.trace.map((e: { nodeId: string; handle?: string }) => `${e.nodeId}:${e.handle ?? ''}`),
    ).toContain('vip:yes');
    expect(vip.body.messages).toEqual([]);
  });

  it('answers 404 for an unknown customer or journey, 422 for an invalid draft, 401 without a session', async () => {
    expect((await h.marketer.post(`/api/journeys/${journeyId}/test`, { externalId: 'ghost' })).status).toBe(
      404,
    );
    expect((await h.marketer.post('/api/journeys/jrn_nope/test', {})).status).toBe(404);
    const broken = await h.marketer.post('/api/journeys', {
      name: 'broken',
      graph: { nodes: [], edges: [] },
    });
    const invalid = await h.marketer.post(`/api/journeys/${broken.body.id}/test`, {});
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.code).toBe('validation_failed');
    expect((await h.t.anonymous.post(`/api/journeys/${journeyId}/test`, {})).status).toBe(401);
  });
});
