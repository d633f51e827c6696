import { createDeliveryWorker } from '@journeyflow/engine/delivery/deliveryWorker';
import type { DeliveryOutcome } from '@journeyflow/engine/delivery/outboxMessage';
import { createFakeClock } from '@journeyflow/engine/ports/fakeClock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import { createEngine } from '@journeyflow/engine/runtime/engine';
import { createChannelRegistry } from '@journeyflow/server/channels/channelRegistry';
import { createChannelSettingsStore } from '@journeyflow/server/channels/channelSettingsStore';
import { createCredentialCipher } from '@journeyflow/server/channels/credentialCipher';
import { createInappHub } from '@journeyflow/server/channels/inappHub';
import { localPeerOutbound } from '@journeyflow/server/channels/testing/localPeerOutbound';
import {
  type SolapiPeer,
  sendSmsAndAlimtalkThrough,
  startSolapiPeer,
} from '@journeyflow/server/channels/testing/solapiPeer';
import type { DatabaseKind } from '@journeyflow/server/db/database';
import { openTestDatabase, type TestDatabase } from '@journeyflow/server/db/testDatabase';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { aCustomer, aQueuedMessage } from '../channelFixtures';

const SECRET_KEY = 'test-secret-key-0123456789abcdefghijklmnop';

/**
 * The world a delivery-worker suite runs in: one database and one Solapi peer per suite, a fresh
 * workspace per test. Registers its own hooks, so call it once at the top of a `describe`.
 */
export const useDeliveryWorkerHarness = (kind: DatabaseKind) => {
  const clock = createFakeClock('2026-03-02T01:00:00.000Z');
  /** Leases run on the real clock, apart from the (scaled) journey clock; faked here to expire one. */
  const leaseClock = createFakeClock('2026-12-04T09:00:00.000Z');
  const cipher = createCredentialCipher(SECRET_KEY);
  const failures: DeliveryOutcome[] = [];
  const outbound = localPeerOutbound();
  const outcomes: DeliveryOutcome[] = [];
  const h = {
    db: undefined as unknown as TestDatabase,
    peer: undefined as unknown as SolapiPeer,
    workspaceId: '',
    clock,
    leaseClock,
    cipher,
    failures,
    outcomes,
    useSolapi: async (extra: Record<string, unknown> = {}) => {
      await sendSmsAndAlimtalkThrough(
        createChannelSettingsStore(h.db.sql, cipher),
        h.workspaceId,
        h.peer.url,
        extra,
      );
    },
    /** One due SMS each to `count` new customers. */
    queueSmsToNewCustomers: async (count: number) => {
      for (let i = 0; i < count; i++) {
        await h.queueToNewCustomer({
          channel: 'sms',
          rendered: { text: 'hi' },
        });
      }
    },
    aWorker: (options: Parameters<typeof createDeliveryWorker>[2] = {}) => {
      const settings = createChannelSettingsStore(h.db.sql, cipher);
      const channels = createChannelRegistry({
        sql: h.db.sql,
        settings,
        hub: createInappHub(),
        outbound,
        ttlMs: 0,
      });
      return createDeliveryWorker(
        createEngine({ db: h.db.sql, clock, logger: silentLogger, ids: randomIds }),
        channels,
        {
          leaseClock,
          backoff: { baseMs: 30_000, maxMs: 600_000 },
          maxAttempts: 3,
          onOutcome: async (_tx, outcome) => {
            outcomes.push(outcome);
            if (outcome.outcome === 'failed') failures.push(outcome);
          },
          ...options,
        },
      );
    },
    /** A message due now (unless `dueAt` says) to a new customer. */
    queueToNewCustomer: (
      message: Omit<Parameters<typeof aQueuedMessage>[2], 'workspaceId' | 'dueAt'> & { dueAt?: Date },
    ) =>
      aCustomer(h.db.sql, h.workspaceId).then((customer) =>
        aQueuedMessage(h.db.sql, customer, { workspaceId: h.workspaceId, dueAt: clock.now(), ...message }),
      ),
  };

  beforeAll(async () => {
    h.db = await openTestDatabase(kind);
    h.peer = await startSolapiPeer();
  });
  afterAll(async () => {
    await h.peer?.close();
    await outbound.close();
    await h.db?.dispose();
  });
  beforeEach(() => {
    h.workspaceId = `ws_${Math.random().toString(36).slice(2, 10)}`;
    h.peer.requests.length = 0;
    h.peer.failTypes.clear();
    failures.length = 0;
    outcomes.length = 0;
  });

  return h;
};
