import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { describe, expect, it } from 'vitest';
import { useEngineHarness } from './support/useEngineHarness';

const phone = { phone: '010-1234-5678', name: '민지' };
const adConsent = {
  sms: '2026-01-01T00:00:00Z',
  kakao: '2026-01-01T00:00:00Z',
  push: '2026-01-01T00:00:00Z',
};

describe.each(databaseKinds)('engine nodes on %s', (kind) => {
  const h = useEngineHarness(kind);

  it('entry.event with where → send → wait.duration → send → exit', async () => {
    await h.publish(
      aJourney()
        .entryEvent('signup', { trigger: 'properties.plan', op: 'eq', value: 'pro' })
        .sms('안녕하세요 {{ customer.name }}님')
        .wait('1d')
        .sms('하루가 지났어요', 'info', { id: 'day2' })
        .exit(),
    );
    await h.customer('c1', { attributes: phone });
    await h.customer('c2', { attributes: phone });
    await h.track('c1', 'signup', { plan: 'pro' });
    await h.track('c2', 'signup', { plan: 'free' });
    expect((await h.outbox()).map((o) => [o.customer, o.status])).toEqual([['c1', 'queued']]);
    expect((await h.outbox('c1'))[0]?.rendered).toMatchObject({ text: '안녕하세요 민지님' });
    await h.advance('23h');
    expect(await h.outbox()).toHaveLength(1);
    await h.advance('1h');
    expect((await h.outbox()).map((o) => o.node)).toEqual(['n2', 'day2']);
    expect((await h.runs('c1'))[0]?.status).toBe('completed');
    expect(await h.runs('c2')).toEqual([]);
  });

  it('wait.event: matched goes one way, timeout the other; events before the wait do not count', async () => {
    await h.publish(
      aJourney()
        .entryEvent('product_viewed')
        .waitEvent('purchase', '1d', (m) => m.update({ bought: true }, { id: 'bought' }), {
          id: 'wait',
          where: { trigger: 'properties.amount', op: 'gte', value: 1000 },
        })
        .update({ bought: false }, { id: 'notBought' }),
    );
    await h.customer('buyer');
    await h.customer('small');
    await h.customer('idle');
    for (const c of ['buyer', 'small', 'idle']) await h.track(c, 'product_viewed');
    h.clock.advance(3600);
    await h.track('buyer', 'purchase', { amount: 5000 });
    await h.track('small', 'purchase', { amount: 10 });
    // An out-of-order event stamped before the run began waiting is placed by its timestamp and ignored.
    await h.track('idle', 'purchase', { amount: 5000 }, { timestamp: '2026-03-01T00:00:00.000Z' });
    expect((await h.runs('buyer'))[0]).toMatchObject({ status: 'completed', current_node: 'bought' });
    expect((await h.runs('small'))[0]?.status).toBe('waiting');
    await h.advance('1d');
    expect((await h.runs('small'))[0]).toMatchObject({ status: 'completed', current_node: 'notBought' });
    expect((await h.runs('idle'))[0]).toMatchObject({ status: 'completed', current_node: 'notBought' });
    const attrs = await h.sql.query<{ external_id: string; attributes: { bought?: boolean } }>(
      'select external_id, attributes from customers order by external_id',
    );
    expect(attrs.map((a) => [a.external_id, a.attributes.bought])).toEqual([
      ['buyer', true],
      ['idle', false],
      ['small', false],
    ]);
    expect((await h.trace('small')).join('\n')).toContain('no purchase within 86400s');
    // The same reasons as code + params for the web's words (issue 16): event names and seconds as values.
    const coded = await h.sql.query<{ node_id: string; code: string; params: Record<string, unknown> }>(
      `select t.node_id, t.code, t.params from run_trace t join customers c on c.id = t.customer_id
        where c.external_id = 'small' order by t.seq`,
    );
    expect(coded.map((row) => [row.node_id, row.code, row.params])).toEqual([
      ['n1', 'entry.event', { event: 'product_viewed' }],
      ['wait', 'wait.event_waiting', { event: 'purchase', seconds: 86_400 }],
      ['wait', 'wait.event_timeout', { event: 'purchase', seconds: 86_400 }],
      ['notBought', 'update.set', { attributes: 'bought' }],
      ['notBought', 'run.unconnected', { handle: 'next' }],
    ]);
  });

  it('condition on grade and event history, with the deciding values in the trace', async () => {
    await h.publish(
      aJourney()
        .entryEvent('visit')
        .condition(
          {
            all: [
              { attribute: 'grade', op: 'in', value: ['VIP'] },
              { event: 'purchase', withinSeconds: 86_400 * 30, count: { op: 'gte', value: 2 } },
            ],
          },
          (no) => no.update({ path: 'no' }, { id: 'no' }),
          { id: 'cond' },
        )
        .update({ path: 'yes' }, { id: 'yes' }),
    );
    await h.customer('vip', { grade: 'VIP' });
    await h.customer('gold', { grade: 'Gold' });
    for (const c of ['vip', 'gold']) {
      await h.track(c, 'purchase');
      await h.track(c, 'purchase');
      await h.track(c, 'visit');
    }
    expect((await h.runs('vip'))[0]?.current_node).toBe('yes');
    expect((await h.runs('gold'))[0]?.current_node).toBe('no');
    const trace = (await h.trace('gold')).join('\n');
    expect(trace).toMatch(/cond left\(no\): condition .*Gold.* was false/);
  });

  it('split.multi picks the first matching branch, else otherwise', async () => {
    await h.publish(
      aJourney()
        .entryEvent('visit')
        .splitMulti(
          [
            {
              id: 'vip',
              condition: { attribute: 'grade', op: 'eq', value: 'VIP' },
              steps: (b) => b.update({ b: 'vip' }),
            },
            {
              id: 'seoul',
              condition: { attribute: 'city', op: 'eq', value: 'Seoul' },
              steps: (b) => b.update({ b: 'seoul' }),
            },
          ],
          (e) => e.update({ b: 'else' }),
        ),
    );
    await h.customer('a', { grade: 'VIP', attributes: { city: 'Seoul' } });
    await h.customer('b', { attributes: { city: 'Seoul' } });
    await h.customer('c', { attributes: { city: 'Busan' } });
    for (const c of ['a', 'b', 'c']) await h.track(c, 'visit');
    const attrs = await h.sql.query<{ external_id: string; b: string }>(
      `select external_id, attributes->>'b' as b from customers order by external_id`,
    );
    expect(attrs.map((r) => r.b)).toEqual(['vip', 'seoul', 'else']);
  });

  it('split.random sends runs to stable buckets roughly by percent', async () => {
    await h.publish(
      aJourney()
        .entryEvent('visit')
        .splitRandom([
          { id: 'a', percent: 30, steps: (b) => b.update({ arm: 'a' }) },
          { id: 'b', percent: 70, steps: (b) => b.update({ arm: 'b' }) },
        ]),
    );
    const events = Array.from({ length: 400 }, (_, i) => ({ externalId: `c${i}`, name: 'visit' }));
    const { ingestEvents } = await import('@journeyflow/engine/ingest/ingestEvents');
    await ingestEvents(h.engine, h.workspaceId, events);
    const [row] = await h.sql.query<{ a: number }>(
      `select count(*)::int as a from customers where attributes->>'arm' = 'a'`,
    );
    expect(row?.a).toBeGreaterThan(80);
    expect(row?.a).toBeLessThan(160);
    expect((await h.trace('c1')).join('\n')).toMatch(/random bucket \d+ → /);
  });

  it('wait.time_of_day waits for 10:00 in the customer timezone; wait.until by attribute + offset', async () => {
    await h.publish(
      aJourney()
        .entryEvent('tod')
        .waitTimeOfDay('10:00', undefined, { id: 'tod' })
        .update({ at: '{{ "now" }}' }),
    );
    await h.publish(
      aJourney()
        .entryEvent('until')
        .waitUntil({ attribute: 'renewal_at', offsetSeconds: -86_400 }, { id: 'until' })
        .update({ reminded: true }),
    );
    await h.customer('ny', { timezone: 'America/New_York' });
    await h.customer('seoul', { attributes: { renewal_at: '2026-03-05T03:00:00.000Z' } });
    await h.track('ny', 'tod'); // 2026-03-01 22:00 in New York
    await h.track('seoul', 'until');
    const [ny] = await h.sql.query<{ wake_at: Date }>(
      `select r.wake_at from runs r join customers c on c.id = r.customer_id where c.external_id = 'ny'`,
    );
    expect(new Date(ny!.wake_at).toISOString()).toBe('2026-03-02T15:00:00.000Z');
    await h.advance('2d');
    expect((await h.runs('seoul'))[0]?.status).toBe('completed');
    expect((await h.runs('ny'))[0]?.status).toBe('completed');
  });

  it('wait.until reads a date-time without an offset as wall-clock time in the journey timezone', async () => {
    await h.publish(
      aJourney()
        .entryEvent('sale')
        .waitUntil({ at: '2026-03-10T09:00' }, { id: 'until' })
        .update({ reminded: true }),
    );
    await h.customer('kim');
    await h.track('kim', 'sale');
    const [run] = await h.sql.query<{ wake_at: Date }>(
      `select r.wake_at from runs r join customers c on c.id = r.customer_id where c.external_id = 'kim'`,
    );
    // 09:00 in Seoul (the default journey timezone) is 00:00 UTC, not 09:00 UTC.
    expect(new Date(run!.wake_at).toISOString()).toBe('2026-03-10T00:00:00.000Z');
  });

  it('send skips an ad to a number opted out via 080, whatever format the profile stores it in', async () => {
    await h.sql.query(`insert into optouts (workspace_id, phone) values ($1, '01055556666')`, [
      h.workspaceId,
    ]);
    try {
      await h.publish(
        aJourney().entryEvent('go').sms('(광고) 할인 무료수신거부 080-000-0000', 'ad', { id: 'ad' }),
      );
      await h.customer('intl', { attributes: { phone: '+82 10-5555-6666' }, consent: adConsent });
      await h.track('intl', 'go');
      const [row] = await h.outbox('intl');
      expect(row?.status).toBe('skipped');
      expect(row?.reason).toMatch(/opted out/);
    } finally {
      await h.sql.query('delete from optouts where workspace_id = $1', [h.workspaceId]);
    }
  });

  it('send skips without consent for ads, sends info with only an address, and traces why', async () => {
    await h.publish(
      aJourney()
        .entryEvent('go')
        .sms('(광고) 할인 무료수신거부 080-000-0000', 'ad', { id: 'ad' })
        .sms('안내', 'info', { id: 'info' }),
    );
    await h.customer('noConsent', { attributes: phone });
    await h.customer('expired', { attributes: phone, consent: { sms: '2023-01-01T00:00:00Z' } });
    await h.customer('ok', { attributes: phone, consent: adConsent });
    await h.customer('noPhone', { consent: adConsent });
    for (const c of ['noConsent', 'expired', 'ok', 'noPhone']) await h.track(c, 'go');
    const rows = await h.outbox();
    const byCustomer = (c: string) =>
      rows
        .filter((r) => r.customer === c)
        .map((r) => `${r.node}:${r.status}`)
        .sort();
    expect(byCustomer('noConsent')).toEqual(['ad:skipped', 'info:queued']);
    expect(byCustomer('expired')).toEqual(['ad:skipped', 'info:queued']);
    expect(byCustomer('ok')).toEqual(['ad:queued', 'info:queued']);
    expect(byCustomer('noPhone')).toEqual(['ad:skipped', 'info:skipped']);
    expect(rows.find((r) => r.customer === 'expired' && r.node === 'ad')?.reason).toContain(
      'older than 2 years',
    );
    expect((await h.trace('noConsent')).join('\n')).toContain('SMS skipped: no sms marketing consent');
  });

  it('send with a connected failed handle waits for the delivery outcome', async () => {
    const { resumeRunAfterDelivery } = await import('@journeyflow/engine/runtime/resumeRunAfterDelivery');
    await h.publish(
      aJourney()
        .entryEvent('go')
        .send(
          { channel: 'sms', purpose: 'info', content: { text: 'hi' } },
          { id: 'sms', failed: (f) => f.update({ fell: true }, { id: 'fallback' }) },
        )
        .update({ ok: true }, { id: 'ok' }),
    );
    await h.customer('f', { attributes: phone });
    await h.customer('s', { attributes: phone });
    await h.track('f', 'go');
    await h.track('s', 'go');
    const runs = await h.sql.query<{ id: string; external_id: string }>(
      'select r.id, c.external_id from runs r join customers c on c.id = r.customer_id',
    );
    for (const run of runs) {
      const resumed = await h.sql.transaction((tx) =>
        resumeRunAfterDelivery(h.engine, tx, {
          runId: run.id,
          nodeId: 'sms',
          visit: 1,
          outcome: run.external_id === 'f' ? 'failed' : 'delivered',
        }),
      );
      expect(resumed).toBe(true);
    }
    expect((await h.runs('f'))[0]?.current_node).toBe('fallback');
    expect((await h.runs('s'))[0]?.current_node).toBe('ok');
    // A repeated report is a no-op.
    const again = await h.sql.transaction((tx) =>
      resumeRunAfterDelivery(h.engine, tx, {
        runId: runs[0]!.id,
        nodeId: 'sms',
        visit: 1,
        outcome: 'failed',
      }),
    );
    expect(again).toBe(false);
  });

  it('a run whose node throws fails alone; the rest of its batch proceeds', async () => {
    await h.publish(aJourney().entryEvent('go').wait('1h').sms('{% if %}broken', 'info', { id: 'bad' }));
    await h.publish(aJourney().entryEvent('go').wait('1h').sms('fine', 'info', { id: 'good' }));
    await h.customer('c', { attributes: phone });
    await h.track('c', 'go');
    await h.advance('1h');
    const runs = await h.runs('c');
    expect(runs.map((r) => r.status).sort()).toEqual(['completed', 'failed']);
    expect((await h.outbox('c')).map((o) => o.node)).toEqual(['good']);
    expect((await h.trace('c')).join('\n')).toMatch(/bad failed: error in send/);
  });
});
