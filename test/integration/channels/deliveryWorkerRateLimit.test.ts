import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { describe, expect, it } from 'vitest';
import { outboxRows } from './channelFixtures';
import { useDeliveryWorkerHarness } from './support/deliveryWorkerHarness';

describe.each(databaseKinds)('delivery worker on %s', (kind) => {
  const h = useDeliveryWorkerHarness(kind);
  const { clock, aWorker, useSolapi, queueSmsToNewCustomers } = h;

  it('limits the send rate per provider without spending attempts', async () => {
    await useSolapi({ ratePerSecond: 2 });
    await queueSmsToNewCustomers(5);
    const worker = aWorker({ concurrency: 1 });
    expect(await worker.runOnce()).toMatchObject({ sent: 2, postponed: 3 });
    expect(
      (await outboxRows(h.db.sql, h.workspaceId))
        .filter((r) => r.status === 'queued')
        .every((r) => r.attempts === 0),
    ).toBe(true);
    clock.advance(1);
    expect(await worker.runOnce()).toMatchObject({ sent: 2 });
    clock.advance(1);
    expect(await worker.runOnce()).toMatchObject({ sent: 1 });
    expect(h.peer.requests).toHaveLength(5);
  });

  it('shares the provider rate between workers on one database', async () => {
    await useSolapi({ ratePerSecond: 2 });
    await queueSmsToNewCustomers(4);
    // Two processes' workers, each claiming two rows: together they may send two per second, not four.
    const first = aWorker({ concurrency: 1, batchSize: 2 });
    const second = aWorker({ concurrency: 1, batchSize: 2 });
    expect(await first.runOnce()).toMatchObject({ claimed: 2, sent: 2 });
    expect(await second.runOnce()).toMatchObject({ claimed: 2, sent: 0, postponed: 2 });
    clock.advance(1);
    expect(await second.runOnce()).toMatchObject({ sent: 2 });
    expect(h.peer.requests).toHaveLength(4);
  });
});
