import { recomputePurchasePredictions } from '@journeyflow/engine/ingest/recomputePredictions';
import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { describe, expect, it } from 'vitest';
import { useEngineHarness } from './support/useEngineHarness';

const day = 86_400_000;

describe.each(databaseKinds)('predicted next purchase computed on ingestion on %s', (kind) => {
  const h = useEngineHarness(kind);

  const predictedOf = async (externalId: string) => {
    const [row] = await h.sql.query<{ predicted: Record<string, unknown> | null }>(
      `select attributes->'predicted' as predicted from customers where external_id = $1`,
      [externalId],
    );
    return row?.predicted ?? null;
  };

  it('keeps predicted.* up to date on every purchase, from the customer’s own cycle', async () => {
    await h.customer('cycler', { attributes: { phone: '010-1111-0000' } });
    const now = h.clock.now().getTime();
    // Four purchases 10 days apart, the last one now (the prior comes from these same gaps: 10 days).
    for (const back of [30, 20, 10]) {
      await h.track(
        'cycler',
        'purchase',
        { amount: 10_000 },
        { timestamp: new Date(now - back * day).toISOString() },
      );
    }
    await h.track('cycler', 'purchase', { amount: 10_000 });
    const predicted = await predictedOf('cycler');
    expect(predicted).toMatchObject({ interval_days: 10 });
    expect(new Date(String(predicted?.next_purchase_at)).getTime()).toBe(now + 10 * day);
    expect(Number(predicted?.confidence)).toBeGreaterThan(0.5);
    expect(await predictedOf('nobody')).toBeNull();
  });

  it('wait.predicted with “3 days before” waits for the computed date minus 3 days', async () => {
    await h.publish(
      aJourney()
        .entryEvent('purchase')
        .waitPredicted('predicted.next_purchase_at', -3 * 86_400, { id: 'until' })
        .sms('재구매 쿠폰', 'info', { id: 'coupon' }),
    );
    await h.customer('buyer', { attributes: { phone: '010-2222-0000' } });
    const now = h.clock.now().getTime();
    for (const back of [20, 10]) {
      await h.track('buyer', 'purchase', {}, { timestamp: new Date(now - back * day).toISOString() });
    }
    await h.sql.query('truncate runs, run_trace, outbox');
    await h.track('buyer', 'purchase', {});
    const [run] = await h.sql.query<{ wake_at: Date | string; current_node: string }>(
      `select r.wake_at, r.current_node from runs r join customers c on c.id = r.customer_id
        where c.external_id = 'buyer' and r.status = 'waiting'`,
    );
    expect(run?.current_node).toBe('until');
    // A 10-day cycle: next purchase in 10 days, the coupon 3 days before.
    expect(new Date(run!.wake_at).getTime()).toBe(now + 7 * day);
    await h.advance('6d');
    expect(await h.outbox('buyer')).toHaveLength(0);
    await h.advance('1d');
    expect(await h.outbox('buyer')).toHaveLength(1);
  });

  it('the nightly job recomputes every buyer, one-purchase customers from the workspace prior', async () => {
    await h.customer('imported', { attributes: {} });
    await h.customer('once', { attributes: {} });
    const now = h.clock.now().getTime();
    // Histories loaded straight into events (an import), never seen by the ingestion hook.
    const rows: [string, number][] = [
      ['imported', 42],
      ['imported', 21],
      ['imported', 0],
      ['once', 5],
    ];
    for (const [i, [who, back]] of rows.entries()) {
      await h.sql.query(
        `insert into events (id, workspace_id, customer_id, name, properties, ts, message_id, received_at)
         select $1, workspace_id, id, 'purchase', '{}'::jsonb, $2::timestamptz, $1, $2::timestamptz
           from customers where external_id = $3`,
        [`evt_import_${i}`, new Date(now - back * day).toISOString(), who],
      );
    }
    expect(await predictedOf('imported')).toBeNull();
    expect(await recomputePurchasePredictions(h.sql, h.workspaceId, h.clock.now())).toBe(2);
    expect(await predictedOf('imported')).toMatchObject({ interval_days: 21 });
    const once = await predictedOf('once');
    expect(once).toMatchObject({ interval_days: 21, confidence: 0 });
    expect(new Date(String(once?.next_purchase_at)).getTime()).toBe(now - 5 * day + 21 * day);
  });
});
