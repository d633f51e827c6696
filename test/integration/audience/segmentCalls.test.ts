import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { Analytics } from '@segment/analytics-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpClient, startTestServer, type TestServer } from '../helpers/startTestServer';

// Issue 18: page, screen, group and alias from the real Segment SDK, against a real socket.
describe.each(databaseKinds)('Segment page/screen/group/alias with the real SDK on %s', (kind) => {
  let server: TestServer;
  let admin: HttpClient;
  let writeKey: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    admin = await server.login('admin@demo.local');
    writeKey = ((await admin.post('/api/api-keys', { name: 'segment calls' })).body as { key: string }).key;
  });
  afterAll(() => server?.close());

  const customer = async (externalId: string) => {
    const [row] = await server.db.sql.query<{ id: string; attributes: Record<string, unknown> }>(
      `select id, attributes from customers where external_id = $1`,
      [externalId],
    );
    return row;
  };
  const eventsOf = (externalId: string) =>
    server.db.sql.query<{ name: string; properties: Record<string, unknown> }>(
      `select e.name, e.properties from events e join customers c on c.id = e.customer_id
        where c.external_id = $1 order by e.ts, e.id`,
      [externalId],
    );

  const send = async (calls: (analytics: Analytics) => void) => {
    const analytics = new Analytics({ writeKey, host: server.url, path: '/api/v1/batch', flushInterval: 50 });
    const errors: unknown[] = [];
    analytics.on('error', (error) => errors.push(error));
    calls(analytics);
    await analytics.closeAndFlush({ timeout: 20_000 });
    expect(errors).toEqual([]);
  };

  it('stores page and screen calls as events and group as the company attribute', async () => {
    await send((a) => {
      a.page({ userId: 'seg-1', category: 'Shop', name: 'Home', properties: { path: '/' } });
      a.screen({ userId: 'seg-1', name: 'Cart', properties: { items: 2 } });
      a.group({ userId: 'seg-1', groupId: 'acme', traits: { name: 'ACME 주식회사', plan: 'enterprise' } });
    });
    const events = await eventsOf('seg-1');
    expect(events.map((e) => e.name).sort()).toEqual(['page_viewed', 'screen_viewed']);
    expect(events.find((e) => e.name === 'page_viewed')?.properties).toMatchObject({
      name: 'Home',
      category: 'Shop',
      path: '/',
    });
    expect(events.find((e) => e.name === 'screen_viewed')?.properties).toMatchObject({
      name: 'Cart',
      items: 2,
    });
    expect((await customer('seg-1'))?.attributes.company).toEqual({
      id: 'acme',
      name: 'ACME 주식회사',
      plan: 'enterprise',
    });
  });

  it('alias renames an anonymous visitor, or merges them into a known customer', async () => {
    await send((a) => {
      a.track({ anonymousId: 'anon-1', event: 'product_viewed', properties: { productId: 'p-1' } });
      a.track({ anonymousId: 'anon-2', event: 'product_viewed', properties: { productId: 'p-2' } });
      a.identify({ userId: 'known-2', traits: { name: '이서연' } });
      a.identify({ anonymousId: 'anon-2', traits: { name: 'guest', coupon: 'WELCOME' } });
    });
    const anonymous = await customer('anon-1');
    await send((a) => {
      a.alias({ previousId: 'anon-1', userId: 'new-1' });
      a.alias({ previousId: 'anon-2', userId: 'known-2' });
    });
    // Only the anonymous id was known: the same customer now answers to the user id.
    expect((await customer('new-1'))?.id).toBe(anonymous?.id);
    expect(await customer('anon-1')).toBeUndefined();
    // Both known: events move to the identified customer; its own traits win, the rest are filled in.
    expect((await eventsOf('known-2')).map((e) => e.properties.productId)).toEqual(['p-2']);
    expect(await eventsOf('anon-2')).toEqual([]);
    expect((await customer('known-2'))?.attributes).toMatchObject({ name: '이서연', coupon: 'WELCOME' });
    expect((await customer('anon-2'))?.attributes.merged_into).toBe('known-2');
  });

  it('answers the single-call endpoints /v1/page, /v1/screen, /v1/group and /v1/alias, and refuses bad calls with 422', async () => {
    const auth = `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`;
    const post = (path: string, body: unknown) =>
      fetch(`${server.url}/api/v1/${path}`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post('page', { anonymousId: 'direct-anon', name: 'Landing' })).status).toBe(200);
    expect((await post('screen', { anonymousId: 'direct-anon', name: 'Intro' })).status).toBe(200);
    expect((await post('group', { anonymousId: 'direct-anon', groupId: 'g-9' })).status).toBe(200);
    expect((await post('alias', { previousId: 'direct-anon', userId: 'direct-user' })).status).toBe(200);
    expect((await eventsOf('direct-user')).map((e) => e.name).sort()).toEqual([
      'page_viewed',
      'screen_viewed',
    ]);
    expect((await customer('direct-user'))?.attributes.company).toEqual({ id: 'g-9' });
    const noGroup = await post('group', { userId: 'x' });
    expect(noGroup.status).toBe(422);
    expect((await noGroup.json()).error.code).toBeTruthy();
    expect((await post('alias', { userId: 'x' })).status).toBe(422);
    expect((await post('page', { name: 'nobody' })).status).toBe(422);
  });
});
