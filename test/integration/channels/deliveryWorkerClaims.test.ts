import { createDeliveryWorker } from '@journeyflow/engine/delivery/deliveryWorker';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import { createEngine } from '@journeyflow/engine/runtime/engine';
import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { describe, expect, it } from 'vitest';
import { aCustomer, aQueuedMessage, outboxRows } from './channelFixtures';
import { useDeliveryWorkerHarness } from './support/deliveryWorkerHarness';

describe.each(databaseKinds)('delivery worker on %s', (kind) => {
  const h = useDeliveryWorkerHarness(kind);
  const { clock, leaseClock, aWorker, useSolapi, queueToNewCustomer, queueSmsToNewCustomers } = h;

  it('never sends twice: two workers at once, then again', async () => {
    await useSolapi();
    const customers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        aCustomer(h.db.sql, h.workspaceId, { phone: `010-0000-00${10 + i}` }),
      ),
    );
    for (const customer of customers) {
      await aQueuedMessage(h.db.sql, customer, {
        workspaceId: h.workspaceId,
        channel: 'sms',
        rendered: { text: 'hi' },
        dueAt: clock.now(),
      });
    }
    const [a, b] = [aWorker({ batchSize: 5 }), aWorker({ batchSize: 5 })];
    await Promise.all([a.runOnce(), b.runOnce(), a.runOnce(), b.runOnce()]);
    await Promise.all([a.runOnce(), b.runOnce()]);
    await Promise.all([a.runOnce(), b.runOnce()]);
    const keys = h.peer.sentKeys();
    expect(keys).toHaveLength(12);
    expect(new Set(keys).size).toBe(12);
    expect((await outboxRows(h.db.sql, h.workspaceId)).every((r) => r.status === 'sent')).toBe(true);
  });

  it('picks up a message after the lease when its worker died mid-send, with the same idempotency key', async () => {
    await useSolapi();
    const queued = await queueToNewCustomer({
      channel: 'sms',
      rendered: { text: 'hi' },
    });
    // A worker that claims the row and then hangs forever, as if killed after the claim committed.
    const dead = createDeliveryWorker(
      createEngine({ db: h.db.sql, clock, logger: silentLogger, ids: randomIds }),
      { resolve: () => new Promise(() => {}) },
      { leaseClock, leaseMs: 60_000 },
    );
    void dead.runOnce();
    await expect.poll(async () => (await outboxRows(h.db.sql, h.workspaceId))[0]?.attempts).toBe(1);
    expect((await aWorker().runOnce()).claimed).toBe(0); // leased
    // The lease is on the real clock: journey time racing ahead (a 60× demo) does not release it.
    clock.advance(3600);
    expect((await aWorker().runOnce()).claimed).toBe(0);
    leaseClock.advance(61);
    expect(await aWorker().runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(h.peer.sentKeys()).toEqual([queued.idempotencyKey]);
  });

  it('does not call the provider for a row whose lease passed to another worker while it waited', async () => {
    await useSolapi();
    await queueSmsToNewCustomers(2);
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const sentBySlow: string[] = [];
    // One sender that stalls before its first provider call (a slow settings lookup, a GC pause…).
    const slow = createDeliveryWorker(
      createEngine({ db: h.db.sql, clock, logger: silentLogger, ids: randomIds }),
      {
        resolve: async () => {
          await gate;
          return {
            provider: 'stalled',
            channels: ['sms'],
            send: async (m) => {
              sentBySlow.push(m.idempotencyKey);
              return { status: 'sent' };
            },
          };
        },
      },
      { leaseClock, leaseMs: 60_000, concurrency: 1 },
    );
    const slowTick = slow.runOnce();
    await expect
      .poll(async () => (await outboxRows(h.db.sql, h.workspaceId)).every((r) => r.attempts === 1))
      .toBe(true);
    leaseClock.advance(61);
    expect(await aWorker().runOnce()).toMatchObject({ claimed: 2, sent: 2 });
    release();
    expect(await slowTick).toMatchObject({ claimed: 2, sent: 0, postponed: 2 });
    expect(sentBySlow).toEqual([]);
    expect(h.peer.sentKeys()).toHaveLength(2);
    expect((await outboxRows(h.db.sql, h.workspaceId)).map((r) => [r.status, r.attempts])).toEqual([
      ['sent', 2],
      ['sent', 2],
    ]);
  });

  // Last in this suite: its not-yet-due message would be claimed by a later test once the clock moves on.
  it('sends only due messages', async () => {
    await queueToNewCustomer({
      channel: 'sms',
      rendered: { text: 'later' },
      dueAt: new Date(clock.now().getTime() + 60_000),
    });
    expect((await aWorker().runOnce()).claimed).toBe(0);
  });
});
