import { enterSegment } from '@journeyflow/engine/ingest/enterSegment';
import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { describe, expect, it } from 'vitest';
import browseAbandonment from './fixtures/browse-abandonment.json';
import churnRisk from './fixtures/churn-risk.json';
import purchaseCycle from './fixtures/purchase-cycle.json';
import { useEngineHarness } from './support/useEngineHarness';

const consent = {
  sms: '2026-01-01T00:00:00Z',
  kakao: '2026-01-01T00:00:00Z',
  push: '2026-01-01T00:00:00Z',
};

describe.each(databaseKinds)('seed journeys on %s', (kind) => {
  const h = useEngineHarness(kind);

  it('(a) browse abandonment: 3 views of one product in 24h, no purchase → SMS coupon → 24h → in-app; purchase is the goal', async () => {
    await h.publish(browseAbandonment);
    for (const c of ['browser', 'buyer', 'scattered', 'purchasedBefore']) {
      await h.customer(c, { attributes: { name: c, phone: '010-0000-0000' }, consent });
    }
    const view = (c: string, productId: string) =>
      h.track(c, 'product_viewed', { productId, productName: '유기농 사과' });
    await h.track('purchasedBefore', 'purchase', { productId: 'p1' });
    for (const c of ['browser', 'buyer', 'purchasedBefore']) {
      await view(c, 'p1');
      h.clock.advance(600);
      await view(c, 'p1');
      h.clock.advance(600);
      await view(c, 'p1');
    }
    await view('scattered', 'p1');
    await view('scattered', 'p2');
    await view('scattered', 'p3');
    const coupons = await h.outbox();
    expect(coupons.map((o) => `${o.customer}:${o.node}:${o.status}`).sort()).toEqual([
      'browser:coupon:queued',
      'buyer:coupon:queued',
    ]);
    expect(coupons[0]?.rendered).toMatchObject({ text: expect.stringContaining('유기농 사과 10% 할인') });
    h.clock.advance(3600);
    await h.track('buyer', 'purchase', { productId: 'p1' });
    expect((await h.runs('buyer'))[0]?.status).toBe('converted');
    await h.advance('24h');
    const all = await h.outbox();
    expect(all.filter((o) => o.node === 'similar').map((o) => o.customer)).toEqual(['browser']);
    expect((await h.runs('browser'))[0]?.status).toBe('completed');
    const trace = (await h.trace('browser')).join('\n');
    expect(trace).toContain('3 × product_viewed with properties.productId = "p1"');
    expect(trace).toContain('no purchase within 86400s');
  });

  it('(b) churn risk: high-value customers get the brand-message offer with LMS fallback, others the AlimTalk notice', async () => {
    await h.publish(churnRisk);
    await h.customer('vip', { grade: 'VIP', attributes: { name: '김VIP', phone: '010-1111-1111' }, consent });
    await h.customer('basic', {
      grade: 'Basic',
      attributes: { name: '이일반', phone: '010-2222-2222', recommended_plan: '5G 슬림' },
    });
    const ids = await h.sql.query<{ id: string; external_id: string }>(
      'select id, external_id from customers',
    );
    await enterSegment(h.engine, {
      workspaceId: h.workspaceId,
      segmentId: 'seg_churn_risk',
      customerIds: ids.map((r) => r.id),
    });
    const rows = await h.outbox();
    const holdouts = await h.sql.query<{ n: number }>('select count(*)::int as n from runs where holdout');
    if (Number(holdouts[0]?.n) === 0) {
      const vip = rows.find((r) => r.customer === 'vip');
      expect(vip).toMatchObject({ node: 'offer', channel: 'brandmessage', status: 'queued' });
      expect(vip?.rendered).toMatchObject({
        text: expect.stringMatching(/^\(광고\).*김VIP.*무료수신거부 080-123-4567/s),
      });
      const fallback = await h.sql.query<{ fallback: { channel: string; rendered: { text: string } } }>(
        `select fallback from outbox where node_id = 'offer'`,
      );
      expect(fallback[0]?.fallback.channel).toBe('sms');
      expect(fallback[0]?.fallback.rendered.text).toMatch(/^\(광고\).*김VIP.*무료수신거부/s);
      const basic = rows.find((r) => r.customer === 'basic');
      expect(basic).toMatchObject({ node: 'notice', channel: 'alimtalk', status: 'queued' });
      expect(basic?.rendered).toMatchObject({ variables: { name: '이일반', plan: '5G 슬림' } });
    }
    expect((await h.trace('vip')).join('\n')).toMatch(/valuable left\(yes\)/);
    await h.track('basic', 'plan_renewed');
    expect((await h.runs('basic'))[0]?.status).toBe('converted');
  });

  it('(c) purchase cycle: waits until the predicted next purchase minus 2 days, then 10:00 local, then a push coupon', async () => {
    await h.publish(purchaseCycle);
    // Now: Monday 2026-03-02 12:00 KST. Predicted: Saturday 03-07 → wake Thursday 03-05 (12:00 KST) → 10:00 Friday.
    await h.customer('veg', {
      attributes: { name: '박채소', predicted_next_purchase_at: '2026-03-07T03:00:00.000Z' },
      consent,
    });
    await h.track('veg', 'purchase', { category: 'organic_vegetables' });
    await h.track('veg', 'purchase', { category: 'meat' });
    expect(await h.runs('veg')).toHaveLength(1);
    await h.advance('3d'); // Thursday 12:00 KST: predicted wait over, now waiting for 10:00
    expect(await h.outbox('veg')).toHaveLength(0);
    expect((await h.runs('veg'))[0]?.current_node).toBe('morning');
    await h.advance('21h'); // Friday 09:00 KST
    expect(await h.outbox('veg')).toHaveLength(0);
    await h.advance('1h'); // Friday 10:00 KST
    const [push] = await h.outbox('veg');
    expect(push).toMatchObject({ node: 'coupon', channel: 'push', status: 'queued' });
    expect(push?.rendered).toMatchObject({ body: expect.stringContaining('박채소님') });
  });
});
