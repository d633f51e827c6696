import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { eraseCustomer } from '../services/audience/eraseCustomer';
import { ShortLinkCache } from '../services/links/shortLinkCache';
import { publishAsFirstVersion } from '../testing/publishAsFirstVersion';
import { useTestApp } from '../testing/useTestApp';

/** signup → SMS with a link → wait for message_clicked (1 day) → clicked / not clicked. */
const graph = aJourney()
  .entryEvent('signup', undefined, { id: 'entry' })
  .sms('쿠폰 받기 https://shop.example.com/coupon?id=7. 확인하세요', 'info', { id: 'sms' })
  .waitEvent('message_clicked', '1d', (clicked) => clicked.exit({ id: 'clicked' }), { id: 'waitClick' })
  .exit({ id: 'ignored' })
  .build().graph;

const until = async <T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> => {
  for (let i = 0; i < 100; i++) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return read();
};

describe.each(databaseKinds)('tracked short links on %s', (kind) => {
  const h = useTestApp(kind, ['marketer']);
  let journeyId: string;
  let workspaceId: string;
  beforeAll(async () => {
    const created = await h.marketer.post('/api/journeys', { name: '클릭 추적', graph, settings: {} });
    journeyId = created.body.id;
    workspaceId = await publishAsFirstVersion(h.t, h.marketer, { id: journeyId, graph });
    await h.marketer.post('/api/customers/batch', {
      customers: ['link-a', 'link-b'].map((externalId, i) => ({
        externalId,
        attributes: { phone: `010-2000-000${i}` },
      })),
    });
    await h.marketer.post('/api/events/batch', {
      events: ['link-a', 'link-b'].map((externalId) => ({ externalId, name: 'signup' })),
    });
  });

  const messageOf = async (externalId: string) => {
    const [row] = await h.t.db.sql.query<{
      id: string;
      rendered: { text: string };
      content: { text: string };
    }>(`select id, rendered, content from outbox where journey_id = $1 and external_id = $2`, [
      journeyId,
      externalId,
    ]);
    return row!;
  };
  const codeIn = (text: string) => /\/l\/([0-9A-Za-z]+)/.exec(text)?.[1] ?? '';
  const clicksOf = (messageId: string) =>
    h.t.db.sql.query<{ properties: Record<string, unknown> }>(
      `select properties from events where workspace_id = $1 and name = 'message_clicked'
        and properties->>'messageId' = $2 order by received_at, id`,
      [workspaceId, messageId],
    );

  it('sends a short link in place of the original (the stored template keeps the original)', async () => {
    const message = await messageOf('link-a');
    expect(message.content.text).toContain('https://shop.example.com/coupon?id=7');
    expect(message.rendered.text).toMatch(
      /^쿠폰 받기 http:\/\/localhost:3000\/l\/[0-9A-Za-z]{8}\. 확인하세요$/,
    );
    const [link] = await h.t.db.sql.query<{ url: string; workspace_id: string; spot: string }>(
      'select url, workspace_id, spot from short_links where message_id = $1',
      [message.id],
    );
    expect(link).toMatchObject({ workspace_id: workspaceId, spot: 'text' });
  });

  it('redirects with UTM parameters, ignores bots and HEAD, records unique and total clicks, wakes wait.event', async () => {
    const message = await messageOf('link-a');
    const path = `/l/${codeIn(message.rendered.text)}`;
    const bot = await h.t.app.request(path, { headers: { 'user-agent': 'facebookexternalhit/1.1' } });
    expect(bot.status).toBe(302);
    const kakaoBot = await h.t.app.request(path, {
      headers: { 'user-agent': 'Mozilla/5.0 (compatible; kakaotalk-scrap/1.0; +https://devtalk.kakao.com)' },
    });
    expect(kakaoBot.status).toBe(302);
    const head = await h.t.app.request(path, { method: 'HEAD' });
    expect(head.status).toBe(302);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await clicksOf(message.id)).toHaveLength(0);

    const human = await h.t.app.request(path, {
      headers: { 'user-agent': 'Mozilla/5.0 (iPhone) KAKAOTALK 10.4' },
    });
    expect(human.status).toBe(302);
    const location = new URL(human.headers.get('location') ?? '');
    expect(location.origin + location.pathname).toBe('https://shop.example.com/coupon');
    expect(Object.fromEntries(location.searchParams)).toEqual({
      id: '7',
      utm_source: 'journeyflow',
      utm_medium: 'sms',
      utm_campaign: journeyId,
      utm_content: 'sms',
    });
    const first = await until(
      () => clicksOf(message.id),
      (rows) => rows.length === 1,
    );
    expect(first[0]?.properties).toMatchObject({
      messageId: message.id,
      journeyId,
      nodeId: 'sms',
      url: location.toString(),
      unique: true,
    });
    expect((await h.t.app.request(path)).status).toBe(302);
    const both = await until(
      () => clicksOf(message.id),
      (rows) => rows.length === 2,
    );
    expect(both[1]?.properties.unique).toBe(false);

    // The click is a note in the run's trace on the send node.
    const notes = await h.t.db.sql.query<{ node_id: string; reason: string }>(
      `select t.node_id, t.reason from run_trace t join customers c on c.id = t.customer_id
        where c.external_id = 'link-a' and t.kind = 'note' and t.reason like 'link clicked%'`,
    );
    expect(notes).toEqual([
      { node_id: 'sms', reason: `link clicked: ${location.toString()}` },
      { node_id: 'sms', reason: `link clicked: ${location.toString()}` },
    ]);
    // The run waiting for message_clicked took the `matched` branch; link-b's still waits.
    const runs = await h.t.db.sql.query<{ external_id: string; status: string; current_node: string }>(
      `select c.external_id, r.status, r.current_node from runs r join customers c on c.id = r.customer_id
        where r.journey_id = $1 order by c.external_id`,
      [journeyId],
    );
    expect(runs).toEqual([
      { external_id: 'link-a', status: 'completed', current_node: 'clicked' },
      { external_id: 'link-b', status: 'waiting', current_node: 'waitClick' },
    ]);

    const stats = await h.marketer.get(`/api/journeys/${journeyId}/stats`);
    expect(stats.body.nodes.sms.clicks).toEqual({ unique: 1, total: 2, messages: 2 });
    const report = await h.marketer.get(`/api/journeys/${journeyId}/report`);
    expect(report.body.clicks.sms).toEqual({ unique: 1, total: 2, messages: 2, rate: 0.5 });
  });

  it('a warmed cache answers recent links from memory (as a restarted server does), least recently used out', async () => {
    let queries = 0;
    const counting = Object.create(h.t.db.sql, {
      query: {
        value: (text: string, params?: unknown[]) => {
          queries++;
          return h.t.db.sql.query(text, params as never);
        },
      },
    });
    const cache = new ShortLinkCache(counting, 10);
    expect(await cache.warm()).toBe(2);
    expect(queries).toBe(1);
    const codes = await h.t.db.sql.query<{ code: string }>('select code from short_links order by code');
    for (const { code } of codes) expect((await cache.get(code))?.workspaceId).toBe(workspaceId);
    expect(queries).toBe(1);
    expect(await cache.get('nOsUcHcOdE')).toBeUndefined();
    expect(queries).toBe(2);
  });

  it('answers a friendly 404 for unknown codes and 410 for expired links', async () => {
    const unknown = await h.t.app.request('/l/zzzzzzzz');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('링크를 찾을 수 없어요');
    expect((await h.t.app.request('/l/abc%27%3B--')).status).toBe(404);
    const message = await messageOf('link-b');
    await h.t.db.sql.query(
      `update short_links set expires_at = now() - interval '1 day' where message_id = $1`,
      [message.id],
    );
    const expired = await h.t.app.request(`/l/${codeIn(message.rendered.text)}`);
    expect(expired.status).toBe(410);
    const page = await expired.text();
    expect(page).toContain('유효 기간');
    expect(page).toContain('This link has expired');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await clicksOf(message.id)).toHaveLength(0);
  });

  it('an erased customer’s links stop counting, even from the cache, and never re-create the customer', async () => {
    const message = await messageOf('link-a');
    const path = `/l/${codeIn(message.rendered.text)}`;
    await eraseCustomer(h.t.db.sql, workspaceId, 'link-a', new Date());
    expect(
      await h.t.db.sql.query('select 1 from short_links where message_id = $1', [message.id]),
    ).toHaveLength(0);
    await h.t.app.request(path, { headers: { 'user-agent': 'Mozilla/5.0' } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const again = await h.t.db.sql.query(
      `select 1 from customers where workspace_id = $1 and external_id = 'link-a'`,
      [workspaceId],
    );
    expect(again).toHaveLength(0);
    expect(await clicksOf(message.id)).toHaveLength(0);
  });
});
