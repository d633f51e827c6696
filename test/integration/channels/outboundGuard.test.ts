import { createDeliveryWorker } from '@journeyflow/engine/delivery/deliveryWorker';
import { type ChannelServices, createChannelServices } from '@journeyflow/server/channels/channelServices';
import {
  type RecordingServer,
  startRecordingServer,
} from '@journeyflow/server/channels/testing/startRecordingServer';
import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { LOCAL_PEERS_ALLOWED } from '@journeyflow/server/testing/localPeersAllowed';
import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EngineHarness } from '../engine/support/engineHarness';

/** entry.event → webhook whose URL comes from the event (Liquid) → exit. */
const callbackJourney = aJourney()
  .entryEvent('order_paid', undefined, { id: 'entry' })
  .send(
    {
      channel: 'webhook',
      purpose: 'info',
      content: {
        url: '{{ event.properties.callback }}',
        body: '{"order":"{{ event.properties.order }}"}',
      },
    },
    { id: 'hook' },
  )
  .exit({ id: 'done' });

// Issue 12 "server-side requests anywhere": a webhook URL filled from an event must not reach loopback,
// private or link-local addresses unless JOURNEYFLOW_OUTBOUND_ALLOW lists them; the message fails with
// the reason, the process carries on.
describe.each(databaseKinds)('outbound guard on webhook sends on %s', (kind) => {
  let h: EngineHarness;
  let receiver: RecordingServer;
  const services: ChannelServices[] = [];

  const deliverWith = async (outboundAllow: readonly string[]) => {
    const channels = createChannelServices({
      sql: h.sql,
      secretKey: 'outbound-guard-secret-key-0123456789abcdef',
      outboundAllow,
    });
    services.push(channels);
    await channels.settings.put(
      h.workspaceId,
      'webhook',
      { provider: 'webhook', secret: 'whsec_outbound_guard_01', timeoutMs: 2000 },
      null,
    );
    const worker = createDeliveryWorker(h.engine, channels.registry);
    for (let i = 0; i < 3; i++) await worker.runOnce();
  };

  beforeAll(async () => {
    h = await EngineHarness.open(kind);
    receiver = await startRecordingServer(() => ({ status: 204 }));
  });
  afterAll(async () => {
    await Promise.all(services.map((s) => s.outbound.close()));
    await receiver?.close();
    await h?.dispose();
  });
  beforeEach(async () => {
    await h.reset();
    receiver.requests.length = 0;
  });

  it('fails the message with outbound_blocked when the URL is on loopback and nothing is allowed', async () => {
    await h.publish(callbackJourney);
    const port = new URL(receiver.url).port;
    const callbacks = [
      `${receiver.url}/hooks`,
      `http://localhost:${port}/hooks`,
      `http://2130706433:${port}/hooks`,
      `http://[::ffff:7f00:1]:${port}/hooks`,
      'http://169.254.169.254/latest/meta-data/',
    ];
    // One customer per URL: a journey is entered once per customer.
    for (const [i, callback] of callbacks.entries()) {
      await h.customer(`c${i}`);
      await h.track(`c${i}`, 'order_paid', { callback, order: `o-${i}` });
    }
    await h.tick();
    await deliverWith([]);
    const outbox = await h.outbox();
    expect(outbox).toHaveLength(callbacks.length);
    for (const row of outbox) {
      expect(row).toMatchObject({ channel: 'webhook', status: 'failed' });
      expect(row.reason).toMatch(/outbound_blocked: .* (is|resolves to) a (loopback|link-local) address/);
    }
    expect(receiver.requests).toEqual([]);
  });

  it('delivers to the same receiver once its address is allow-listed', async () => {
    await h.publish(callbackJourney);
    await h.customer('minji');
    await h.track('minji', 'order_paid', { callback: `${receiver.url}/hooks`, order: 'o-9' });
    await h.tick();
    await deliverWith(LOCAL_PEERS_ALLOWED);
    expect(await h.outbox('minji')).toEqual([
      expect.objectContaining({ channel: 'webhook', status: 'delivered', reason: null }),
    ]);
    expect(receiver.requests.map((r) => [r.path, r.json])).toEqual([['/hooks', { order: 'o-9' }]]);
  });
});
