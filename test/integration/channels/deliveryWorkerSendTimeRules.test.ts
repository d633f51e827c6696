import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { describe, expect, it } from 'vitest';
import { aCustomer, aQueuedMessage, outboxRows } from './channelFixtures';
import { useDeliveryWorkerHarness } from './support/deliveryWorkerHarness';

describe.each(databaseKinds)('delivery worker on %s', (kind) => {
  const h = useDeliveryWorkerHarness(kind);
  const { clock, aWorker, useSolapi } = h;
  /** An SMS of `purpose` with `text` for `customer`, due now. */
  const queueSmsNow = (
    customer: Parameters<typeof aQueuedMessage>[1],
    purpose: 'ad' | 'info',
    text: string,
  ) =>
    aQueuedMessage(h.db.sql, customer, {
      workspaceId: h.workspaceId,
      channel: 'sms',
      purpose,
      rendered: { text },
      dueAt: clock.now(),
    });

  it('honours 080 opt-outs for ads at send time (normalised numbers), not for info messages', async () => {
    await useSolapi();
    await h.db.sql.query(
      "insert into optouts (workspace_id, phone, source) values ($1, '01011112222', '080')",
      [h.workspaceId],
    );
    const customer = await aCustomer(h.db.sql, h.workspaceId, { phone: '+82 10-1111-2222' });
    await queueSmsNow(customer, 'ad', '(광고) 샵 세일 무료수신거부 080-123-4567');
    await queueSmsNow(customer, 'info', '주문 확인');
    expect(await aWorker().runOnce()).toMatchObject({ skipped: 1, sent: 1 });
    const rows = await outboxRows(h.db.sql, h.workspaceId);
    expect(rows.map((r) => [r.status, r.reason])).toEqual([
      ['skipped', 'opted_out_at_send: 080'],
      ['sent', null],
    ]);
    expect(h.peer.requests).toHaveLength(1);
  });

  it('re-checks marketing consent for ads at send time (withdrawn or older than 2 years)', async () => {
    await useSolapi();
    const given = await aCustomer(h.db.sql, h.workspaceId, { consent: { sms: '2026-01-10T00:00:00Z' } });
    const withdrawn = await aCustomer(h.db.sql, h.workspaceId, { consent: { sms: null } });
    const expired = await aCustomer(h.db.sql, h.workspaceId, { consent: { sms: '2023-01-01T00:00:00Z' } });
    for (const customer of [given, withdrawn, expired]) {
      await queueSmsNow(customer, 'ad', '(광고) 세일 무료수신거부 080-123-4567');
    }
    expect(await aWorker().runOnce()).toMatchObject({ sent: 1, skipped: 2 });
    const reasons = (await outboxRows(h.db.sql, h.workspaceId)).map((r) => r.reason).sort();
    expect(reasons).toEqual([null, 'consent_expired_at_send: sms', 'consent_missing_at_send: sms'].sort());
    expect(h.peer.requests).toHaveLength(1);
  });
});
