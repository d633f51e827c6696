import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import { simulateRun, UnknownCustomerError } from '@journeyflow/engine/simulate/simulateRun';
import type { SimulationInput } from '@journeyflow/engine/simulate/simulationTypes';
import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { describe, expect, it } from 'vitest';
import browseAbandonment from './fixtures/browse-abandonment.json';
import purchaseCycle from './fixtures/purchase-cycle.json';
import { useEngineHarness } from './support/useEngineHarness';

const consent = { sms: '2026-01-01T00:00:00Z', kakao: '2026-01-01T00:00:00Z', push: '2026-01-01T00:00:00Z' };
const attributes = { name: '김민지', phone: '010-1234-5678' };
const view = { name: 'product_viewed', properties: { productId: 'p1', productName: '유기농 사과' } };

/** Ids differ between runs (message ids in reasons); the path and the words must not. */
const strip = (reason: string) => reason.replace(/\b(msg|run|evt|trc)_[0-9a-f]+/g, '<id>');

describe.each(databaseKinds)('simulateRun (test run) on %s', (kind) => {
  const h = useEngineHarness(kind);

  const counts = async () => {
    const out: Record<string, number> = {};
    for (const table of ['runs', 'run_trace', 'outbox', 'events', 'customers']) {
      const [row] = await h.sql.query<{ n: number }>(`select count(*)::int as n from ${table}`);
      out[table] = Number(row?.n);
    }
    return out;
  };

  /** Simulates the journey's draft as the test-run API does, from now unless the script says when. */
  const simulate = (
    journey: { graph: unknown; settings: unknown },
    journeyId: string,
    script: Omit<SimulationInput, 'workspaceId' | 'journeyId' | 'graph' | 'settings'>,
  ) =>
    simulateRun(
      { db: h.sql, logger: silentLogger, ids: randomIds },
      {
        workspaceId: h.workspaceId,
        journeyId,
        graph: journey.graph,
        settings: journey.settings,
        start: h.clock.now(),
        ...script,
      },
    );

  it('takes the same path, with the same reasons and messages, as a real run on a fake clock', async () => {
    const start = h.clock.now();
    // The real run: published, three views 10 minutes apart, no purchase, 24 h pass.
    const { journeyId } = await h.publish(browseAbandonment);
    await h.customer('real', { attributes, consent, timezone: 'Asia/Seoul' });
    await h.track('real', view.name, view.properties);
    h.clock.advance(600);
    await h.track('real', view.name, view.properties);
    h.clock.advance(600);
    await h.track('real', view.name, view.properties);
    await h.advance('25h');
    const realTrace = await h.sql.query<{ node_id: string; handle: string | null; reason: string }>(
      // The customer's trace as the API shows it: run steps and refused entries (the first two views).
      `select node_id, handle, reason, at, seq from run_trace where journey_id = $1
       union all select node_id, null, reason, first_at, 0 from entry_refusals where journey_id = $1
       order by at, seq`,
      [journeyId],
    );
    const realOutbox = await h.outbox('real');

    const before = await counts();
    const simulated = await simulate(browseAbandonment, journeyId, {
      customer: { attributes, consent, timezone: 'Asia/Seoul' },
      events: [
        { ...view, afterSeconds: 0 },
        { ...view, afterSeconds: 600 },
        { ...view, afterSeconds: 1200 },
      ],
      horizonSeconds: 2 * 86_400,
      start,
    });
    expect(await counts()).toEqual(before);

    expect(simulated.trace.map((t) => [t.nodeId, t.handle ?? null, strip(t.reason)])).toEqual(
      realTrace.map((t) => [t.node_id, t.handle, strip(t.reason)]),
    );
    expect(simulated.trace.map((t) => t.nodeId)).toEqual(
      expect.arrayContaining(['entry', 'coupon', 'wait', 'similar', 'exit']),
    );
    expect(simulated.outbox.map((o) => [o.node_id, o.channel, o.status, o.rendered])).toEqual(
      realOutbox.map((o) => [o.node, o.channel, o.status, o.rendered]),
    );
    expect(simulated.outbox[0]?.rendered).toMatchObject({ text: expect.stringContaining('김민지님') });
    expect(simulated.outbox.every((o) => o.external_id === 'test-customer')).toBe(true);
    expect(simulated.trace.every((t) => t.journeyId === journeyId)).toBe(true);
  });

  it('a scripted purchase converts the simulated customer; an existing customer is copied, never touched', async () => {
    const { journeyId } = await h.publish(browseAbandonment);
    await h.customer('existing', { attributes, consent, timezone: 'Asia/Seoul' });
    await h.track('existing', 'page_viewed', {});
    const before = await counts();
    const simulated = await simulate(browseAbandonment, journeyId, {
      externalId: 'existing',
      events: [
        { ...view, afterSeconds: 0 },
        { ...view, afterSeconds: 60 },
        { ...view, afterSeconds: 120 },
        { name: 'purchase', properties: { amount: 12000, currency: 'KRW' }, afterSeconds: 3600 },
      ],
    });
    expect(await counts()).toEqual(before);
    expect(simulated.externalId).toBe('existing');
    expect(simulated.trace.at(-1)?.reason).toContain('goal purchase reached');
    expect(simulated.outbox.map((o) => o.node_id)).toEqual(['coupon']);
    // Only the test customer's own real runs exist: none.
    expect(await h.runs('existing')).toEqual([]);
  });

  it('adds the entry behaviour when the script has none, grouped on one value', async () => {
    const { journeyId } = await h.publish(browseAbandonment);
    const simulated = await simulate(browseAbandonment, journeyId, {
      customer: { attributes, consent: { ...consent, night: '2026-01-01T00:00:00Z' } },
    });
    expect(simulated.trace[0]?.reason).toContain(
      '3 × product_viewed with properties.productId = "test_item"',
    );
    expect(simulated.outbox.map((o) => o.node_id)).toEqual(['coupon', 'similar']);
  });

  it('gives a synthesized entry event the properties its where condition asks for', async () => {
    const { journeyId } = await h.publish(purchaseCycle);
    const simulated = await simulate(purchaseCycle, journeyId, {
      customer: {
        attributes: { ...attributes, predicted_next_purchase_at: '2026-03-20T00:00:00Z' },
        consent: { ...consent, night: '2026-01-01T00:00:00Z' },
        timezone: 'Asia/Seoul',
      },
    });
    expect(simulated.trace[0]?.reason).toContain('organic_vegetables');
    expect(simulated.outbox.map((o) => [o.node_id, o.channel])).toEqual([['coupon', 'push']]);
  });

  it('explains why the customer did not enter, and refuses an unknown external id', async () => {
    const { journeyId } = await h.publish(browseAbandonment);
    const notEntered = await simulate(browseAbandonment, journeyId, {
      customer: { attributes },
      events: [{ ...view, afterSeconds: 0 }],
    });
    expect(notEntered.trace).toHaveLength(1);
    expect(notEntered.trace[0]?.reason).toMatch(/^did not enter/);
    // …and as a code for the web's words (issue 16).
    expect(notEntered.trace[0]?.code).toMatch(/^(sim\.not_entered|behavior_window_not_met)/);
    await expect(simulate(browseAbandonment, journeyId, { externalId: 'nobody' })).rejects.toBeInstanceOf(
      UnknownCustomerError,
    );
  });
});
