import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { createDeliveryWorker } from '@journeyflow/engine/delivery/deliveryWorker';
import { systemClock } from '@journeyflow/engine/ports/clock';
import { randomIds } from '@journeyflow/engine/ports/ids';
import { silentLogger } from '@journeyflow/engine/ports/logger';
import { createEngine } from '@journeyflow/engine/runtime/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { createTestApp, type TestApp } from '../testing/createTestApp';
import { readSseEvents, type SseReader } from './testing/readSseEvents';

describe.each(databaseKinds)('in-app delivery over SSE on %s', (kind) => {
  let t: TestApp;
  let server: ServerType;
  let base: string;
  let apiKey: string;
  let workspaceId: string;
  const readers: SseReader[] = [];

  beforeAll(async () => {
    t = await createTestApp(kind);
    const admin = await t.login('admin@demo.local');
    workspaceId = (await admin.get('/api/auth/me')).body.user.workspaceId;
    apiKey = (await admin.post('/api/api-keys', { name: 'site', scopes: ['inapp:token'] })).body.key;
    await t.db.sql.query(
      `insert into customers (id, workspace_id, external_id, attributes, consent) values
       ('cus_minji', $1, 'minji', '{}', '{}'), ('cus_jun', $1, 'jun', '{}', '{}'),
       ('cus_many', $1, 'many', '{}', '{}')`,
      [workspaceId],
    );
    server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const reader of readers) reader.close();
    await new Promise<void>((resolve) => {
      server?.close(() => resolve());
      (server as { closeAllConnections?: () => void } | undefined)?.closeAllConnections?.();
    });
    await t?.dispose();
  });

  const tokenFor = async (externalId: string) => {
    const res = await fetch(`${base}/api/inapp/token`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ externalId }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { token: string }).token;
  };

  const openStream = async (token: string) => {
    const abort = new AbortController();
    const res = await fetch(`${base}/api/inapp/stream?token=${encodeURIComponent(token)}`, {
      signal: abort.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = readSseEvents(res, abort);
    readers.push(reader);
    await reader.next((e) => e.event === 'ready');
    return reader;
  };

  it("pushes a delivered in-app message to the customer's open session only, and keeps it in the inbox", async () => {
    const [minjiToken, junToken] = await Promise.all([tokenFor('minji'), tokenFor('jun')]);
    const minji = await openStream(minjiToken);
    const jun = await openStream(junToken);
    expect(t.deps.channels.hub.count(workspaceId, 'cus_minji')).toBe(1);

    await t.db.sql.query(
      `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
         customer_id, external_id, channel, purpose, status, content, rendered, attempts, next_attempt_at)
       values ('msg_inapp_1', $1, 'jrn_browse', 1, 'run_1', 'n5', 1, 'run_1:n5:1', 'cus_minji', 'minji', 'inapp', 'info',
         'queued', '{}', $2, 0, now())`,
      [
        workspaceId,
        JSON.stringify({
          title: '장바구니를 잊지 마세요',
          body: '쿠폰 SAVE10 이 오늘 끝나요',
          ctaLabel: '보러 가기',
          ctaUrl: '/cart',
        }),
      ],
    );
    const worker = createDeliveryWorker(
      createEngine({ db: t.db.sql, clock: systemClock, logger: silentLogger, ids: randomIds }),
      t.deps.channels.registry,
    );
    expect(await worker.runOnce()).toMatchObject({ delivered: 1 });

    const pushed = await minji.next((e) => e.event === 'message');
    expect(JSON.parse(pushed.data)).toMatchObject({
      title: '장바구니를 잊지 마세요',
      body: '쿠폰 SAVE10 이 오늘 끝나요',
      ctaLabel: '보러 가기',
      ctaUrl: '/cart',
      purpose: 'info',
      readAt: null,
    });
    // The other customer's session hears nothing, even after a poll interval.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(jun.events.filter((e) => e.event === 'message')).toEqual([]);
    expect(minji.events.filter((e) => e.event === 'message')).toHaveLength(1);

    const inbox = await fetch(`${base}/api/inapp/messages?token=${encodeURIComponent(minjiToken)}`);
    expect(((await inbox.json()) as { unread: number }).unread).toBe(1);
    const [row] = await t.db.sql.query("select status from outbox where id = 'msg_inapp_1'");
    expect(row).toEqual({ status: 'delivered' });
  });

  it('also delivers messages stored by another process (the stream polls the inbox)', async () => {
    const token = await tokenFor('jun');
    const jun = await openStream(token);
    await t.db.sql.query(
      `insert into inapp_messages (id, workspace_id, customer_id, external_id, outbox_id, purpose, title, body, created_at)
       values ('inapp_remote', $1, 'cus_jun', 'jun', 'msg_remote', 'ad', '(광고) 겨울 세일', '최대 50%', now())`,
      [workspaceId],
    );
    const event = await jun.next((e) => e.event === 'message' && e.id === 'inapp_remote', 6000);
    expect(JSON.parse(event.data)).toMatchObject({ title: '(광고) 겨울 세일', purpose: 'ad' });
  });

  it('lets one customer hold at most 3 streams (429 beyond) and frees a slot when one closes', async () => {
    const token = await tokenFor('many');
    const open = [await openStream(token), await openStream(await tokenFor('many')), await openStream(token)];
    const refused = await fetch(`${base}/api/inapp/stream?token=${encodeURIComponent(token)}`);
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    expect(t.deps.channels.hub.count(workspaceId, 'cus_many')).toBe(3);

    // All three hear a message stored by another process, found by the customer's one shared feed.
    const pollingBefore = t.deps.channels.hub.polling();
    await t.db.sql.query(
      `insert into inapp_messages (id, workspace_id, customer_id, external_id, outbox_id, purpose, title, body, created_at)
       values ('inapp_many', $1, 'cus_many', 'many', 'msg_many', 'info', '세 탭 모두', '한 번의 조회', now())`,
      [workspaceId],
    );
    for (const reader of open) await reader.next((e) => e.event === 'message' && e.id === 'inapp_many', 6000);
    // One feed per customer with open streams (minji, jun, many), not one per stream.
    expect(pollingBefore).toBe(3);

    open[0]?.close();
    await expect.poll(() => t.deps.channels.hub.count(workspaceId, 'cus_many'), { timeout: 5000 }).toBe(2);
    const again = await openStream(token);
    expect(again.events[0]?.event).toBe('ready');
  });

  it('refuses a stream without a valid token', async () => {
    const res = await fetch(`${base}/api/inapp/stream?token=forged.token`);
    expect(res.status).toBe(401);
    await res.body?.cancel();
  });
});
