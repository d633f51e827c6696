import { createDeliveryWorker } from '@journeyflow/engine/delivery/deliveryWorker';
import { createFakeClock } from '@journeyflow/engine/ports/fakeClock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import { createEngine } from '@journeyflow/engine/runtime/engine';
import { createChannelRegistry } from '@journeyflow/server/channels/channelRegistry';
import { createChannelSettingsStore } from '@journeyflow/server/channels/channelSettingsStore';
import { createCredentialCipher } from '@journeyflow/server/channels/credentialCipher';
import { createInappHub } from '@journeyflow/server/channels/inappHub';
import { localPeerOutbound } from '@journeyflow/server/channels/testing/localPeerOutbound';
import { toInappMessageView } from '@journeyflow/server/channels/toInappMessageView';
import { databaseKinds, openTestDatabase, type TestDatabase } from '@journeyflow/server/db/testDatabase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCustomer, aQueuedMessage, outboxRows } from './channelFixtures';

describe.each(databaseKinds)('links at delivery on %s', (kind) => {
  let db: TestDatabase;
  const clock = createFakeClock('2026-03-02T01:00:00.000Z');
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.dispose());

  const aWorker = () => {
    const settings = createChannelSettingsStore(
      db.sql,
      createCredentialCipher('test-secret-key-0123456789abcdefghijklmnop'),
    );
    const channels = createChannelRegistry({
      sql: db.sql,
      settings,
      hub: createInappHub(),
      outbound: localPeerOutbound(),
      ttlMs: 0,
    });
    return createDeliveryWorker(
      createEngine({ db: db.sql, clock, logger: silentLogger, ids: randomIds }),
      channels,
    );
  };

  it('fails a queued message whose rendered link is not http(s); it never reaches the inbox', async () => {
    const workspaceId = `ws_${Math.random().toString(36).slice(2, 10)}`;
    const customer = await aCustomer(db.sql, workspaceId);
    for (const ctaUrl of ['javascript:alert(document.cookie)', 'https://shop.example/sale']) {
      await aQueuedMessage(db.sql, customer, {
        workspaceId,
        channel: 'inapp',
        rendered: { title: 'Sale', body: 'Today only', ctaUrl },
        dueAt: clock.now(),
      });
    }
    expect(await aWorker().runOnce()).toMatchObject({ claimed: 2, delivered: 1, failed: 1 });
    const rows = await outboxRows(db.sql, workspaceId);
    const failed = rows.find((r) => r.status === 'failed');
    expect(failed?.reason).toMatch(/^unsafe_link: /);
    const inbox = await db.sql.query('select * from inapp_messages where workspace_id = $1', [workspaceId]);
    expect(inbox.map((r) => r.cta_url)).toEqual(['https://shop.example/sale']);
  });

  it('never shows a stored non-http(s) link in the inbox view (rows from before the check)', () => {
    const view = toInappMessageView({
      id: 'm1',
      title: 't',
      body: 'b',
      cta_label: 'Open',
      cta_url: 'javascript:alert(1)',
      image_url: 'data:image/svg+xml,<svg onload=alert(1)>',
      purpose: 'info',
      created_at: '2026-03-02T01:00:00.000Z',
      read_at: null,
    });
    expect(view).not.toHaveProperty('ctaUrl');
    expect(view).not.toHaveProperty('imageUrl');
    expect(view.ctaLabel).toBe('Open');
  });
});
