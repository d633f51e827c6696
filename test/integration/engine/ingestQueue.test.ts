import { ingestEvents, type TrackedEvent } from '@journeyflow/engine/ingest/ingestEvents';
import { createIngestQueue } from '@journeyflow/engine/ingest/ingestQueue';
import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { describe, expect, it } from 'vitest';
import { useEngineHarness } from './support/useEngineHarness';

describe.each(databaseKinds)('event ingestion group commit on %s', (kind) => {
  const h = useEngineHarness(kind);

  /** The queue over the real `ingestEvents`, counting the transactions it opens. */
  const queue = () => {
    const groups: number[] = [];
    const q = createIngestQueue((workspaceId, events) => {
      groups.push(events.length);
      return ingestEvents(h.engine, workspaceId, events);
    });
    return { groups, track: (events: TrackedEvent[]) => q.track(h.workspaceId, events) };
  };

  it('coalesces concurrent calls into few transactions; each caller gets its own counts once committed', async () => {
    await h.publish(
      aJourney()
        .entryEvent('order')
        .sms('주문 {{ event.properties.n }} 확인', 'info', { id: 's' })
        .settings({ reentry: { mode: 'always' } }),
    );
    await h.customer('c0', { attributes: { phone: '010-1111-2222' } });
    const q = queue();
    const calls = Array.from({ length: 30 }, (_, n) =>
      q.track([{ externalId: `c${n % 5}`, name: 'order', properties: { n }, messageId: `m${n}` }]),
    );
    // A repeat of m3 in a later call of the same group, and one call carrying two events.
    calls.push(q.track([{ externalId: 'c3', name: 'order', properties: { n: 3 }, messageId: 'm3' }]));
    calls.push(
      q.track([
        { externalId: 'c9', name: 'order', properties: { n: 90 }, messageId: 'm90' },
        { externalId: 'c9', name: 'order', properties: { n: 91 }, messageId: 'm91' },
      ]),
    );
    const results = await Promise.all(calls);
    expect(results.slice(0, 30)).toEqual(Array.from({ length: 30 }, () => ({ accepted: 1, duplicate: 0 })));
    expect(results[30]).toEqual({ accepted: 0, duplicate: 1 });
    expect(results[31]).toEqual({ accepted: 2, duplicate: 0 });
    expect(q.groups.reduce((a, b) => a + b, 0)).toBe(33);
    expect(q.groups.length).toBeLessThan(calls.length / 2);
    const [stored] = await h.sql.query<{ n: number }>('select count(*)::int as n from events');
    expect(stored?.n).toBe(32);
    expect(await h.outbox()).toHaveLength(32);
  });

  it('events of different calls in one group act on each other as if sent one by one', async () => {
    await h.publish(
      aJourney()
        .entryEvent('viewed')
        .waitEvent('purchase', '1d', (m) => m.update({ bought: true }, { id: 'bought' }), { id: 'wait' })
        .update({ bought: false }, { id: 'notBought' }),
    );
    const at = (minutes: number) => new Date(h.clock.now().getTime() + minutes * 60_000).toISOString();
    const q = queue();
    await Promise.all([
      q.track([{ externalId: 'a', name: 'viewed', timestamp: at(0) }]),
      q.track([{ externalId: 'a', name: 'purchase', timestamp: at(1) }]),
      q.track([{ externalId: 'b', name: 'viewed', timestamp: at(0) }]),
    ]);
    expect(q.groups).toEqual([3]);
    expect((await h.runs('a'))[0]).toMatchObject({ status: 'completed', current_node: 'bought' });
    expect((await h.runs('b'))[0]).toMatchObject({ status: 'waiting', current_node: 'wait' });
    // A waiting run is woken by an event of a later group too (read and locked in one query per group).
    await Promise.all([
      q.track([{ externalId: 'b', name: 'purchase' }]),
      q.track([{ externalId: 'a', name: 'purchase' }]),
    ]);
    expect((await h.runs('b'))[0]).toMatchObject({ status: 'completed', current_node: 'bought' });
  });

  it('a call that breaks its group fails alone; the others are stored', async () => {
    await h.publish(aJourney().entryEvent('order').update({ ordered: true }));
    const q = queue();
    const results = await Promise.allSettled([
      q.track([{ externalId: 'ok1', name: 'order', messageId: 'k1' }]),
      q.track([{ externalId: 'bad', name: 'order', timestamp: 'not a time' }]),
      q.track([{ externalId: 'ok2', name: 'order', messageId: 'k2' }]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const rows = await h.sql.query<{ external_id: string }>(
      'select c.external_id from events e join customers c on c.id = e.customer_id order by 1',
    );
    expect(rows.map((r) => r.external_id)).toEqual(['ok1', 'ok2']);
    expect(await h.runs('bad')).toEqual([]);
  });
});
