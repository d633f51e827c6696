import { createChannelSettingsStore } from '@journeyflow/server/channels/channelSettingsStore';
import { createCredentialCipher } from '@journeyflow/server/channels/credentialCipher';
import { parseMime } from '@journeyflow/server/channels/testing/parseMime';
import { PEER_API_KEY, PEER_API_SECRET } from '@journeyflow/server/channels/testing/solapiPeer';
import {
  type RecordingServer,
  startRecordingServer,
} from '@journeyflow/server/channels/testing/startRecordingServer';
import { type SmtpSink, startSmtpSink } from '@journeyflow/server/channels/testing/startSmtpSink';
import { verifyWebhookSignature } from '@journeyflow/server/channels/webhookSignature';
import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { describe, expect, it } from 'vitest';
import { aCustomer, aQueuedMessage, outboxRows } from './channelFixtures';
import { useDeliveryWorkerHarness } from './support/deliveryWorkerHarness';

describe.each(databaseKinds)('delivery worker on %s', (kind) => {
  const h = useDeliveryWorkerHarness(kind);
  const { clock, cipher, aWorker, useSolapi, queueToNewCustomer } = h;

  it('delivers through the sandbox by default and records the result', async () => {
    const queued = await queueToNewCustomer({
      channel: 'sms',
      rendered: { text: '쿠폰 SAVE10' },
    });
    const tick = await aWorker().runOnce();
    expect(tick).toMatchObject({ claimed: 1, delivered: 1 });
    const [row] = await outboxRows(h.db.sql, h.workspaceId);
    expect(row).toMatchObject({
      status: 'delivered',
      attempts: 1,
      provider_message_id: `sandbox_${queued.id}`,
    });
    expect(h.peer.requests).toHaveLength(0);
  });

  it('routes push, email and webhook to the configured FCM, SMTP and webhook providers', async () => {
    const fcm = await startRecordingServer(() => ({
      status: 200,
      body: { name: 'projects/shop/messages/1' },
    }));
    const receiver = await startRecordingServer((r) =>
      verifyWebhookSignature(
        'whsec_integration_0001',
        {
          signature: r.headers['x-journeyflow-signature'] as string | undefined,
          timestamp: r.headers['x-journeyflow-timestamp'] as string | undefined,
        },
        r.body,
      )
        ? { status: 200 }
        : { status: 401 },
    );
    const smtp: SmtpSink = await startSmtpSink();
    const others: RecordingServer[] = [fcm, receiver];
    try {
      const settings = createChannelSettingsStore(h.db.sql, cipher);
      await settings.put(
        h.workspaceId,
        'push',
        { provider: 'fcm', baseUrl: fcm.url, projectId: 'shop', accessToken: 'ya29.x' },
        null,
      );
      await settings.put(
        h.workspaceId,
        'email',
        { provider: 'smtp', host: '127.0.0.1', port: smtp.port, from: 'news@shop.example.com' },
        null,
      );
      await settings.put(
        h.workspaceId,
        'webhook',
        { provider: 'webhook', secret: 'whsec_integration_0001', timeoutMs: 2000 },
        null,
      );
      const customer = await aCustomer(h.db.sql, h.workspaceId, {
        email: 'minji@example.com',
        attributes: { pushTokens: ['token-a'] },
      });
      const now = clock.now();
      await aQueuedMessage(h.db.sql, customer, {
        workspaceId: h.workspaceId,
        channel: 'push',
        rendered: { title: '알림', body: '쿠폰 도착' },
        dueAt: now,
      });
      await aQueuedMessage(h.db.sql, customer, {
        workspaceId: h.workspaceId,
        channel: 'email',
        rendered: { subject: '주간 추천', html: '<p>안녕하세요</p>' },
        dueAt: now,
      });
      await aQueuedMessage(h.db.sql, customer, {
        workspaceId: h.workspaceId,
        channel: 'webhook',
        rendered: { url: `${receiver.url}/crm`, body: { event: 'coupon' } },
        dueAt: now,
      });
      expect(await aWorker().runOnce()).toMatchObject({ claimed: 3, sent: 2, delivered: 1 });
      expect(fcm.requests).toEqual([expect.objectContaining({ path: '/v1/projects/shop/messages:send' })]);
      expect((fcm.requests[0]!.json as { message: { token: string } }).message.token).toBe('token-a');
      expect(receiver.requests.map((r) => r.json)).toEqual([{ event: 'coupon' }]);
      expect(smtp.mails.map((m) => parseMime(m.raw).subject)).toEqual(['주간 추천']);
      expect((await outboxRows(h.db.sql, h.workspaceId)).map((r) => r.status).sort()).toEqual([
        'delivered',
        'sent',
        'sent',
      ]);
    } finally {
      await Promise.all([...others.map((o) => o.close()), smtp.close()]);
    }
  });

  it('keeps channel credentials encrypted at rest and out of listings', async () => {
    await useSolapi();
    const [row] = await h.db.sql.query<{ config: unknown; secrets: string }>(
      "select config, secrets from channel_settings where workspace_id = $1 and channel = 'sms'",
      [h.workspaceId],
    );
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(PEER_API_SECRET);
    expect(stored).not.toContain(PEER_API_KEY);
    expect(row!.secrets).toMatch(/^v1\./);
    const settings = createChannelSettingsStore(h.db.sql, cipher);
    const listed = JSON.stringify(await settings.list(h.workspaceId));
    expect(listed).not.toContain(PEER_API_SECRET);
    expect(listed).toContain('"secretsSet":["apiKey","apiSecret"]');
    expect(await settings.load(h.workspaceId, 'sms')).toMatchObject({ apiSecret: PEER_API_SECRET });
    // Another key cannot read them.
    const other = createChannelSettingsStore(
      h.db.sql,
      createCredentialCipher('another-secret-key-0123456789abcdef'),
    );
    await expect(other.load(h.workspaceId, 'sms')).rejects.toThrow();
  });
});
