import { databaseKinds } from '@journeyflow/server/db/testDatabase';
import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { describe, expect, it } from 'vitest';
import { useEngineHarness } from './support/useEngineHarness';

const nestedLoops =
  '{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}x{% endfor %}{% endfor %}{% endfor %}';

describe.each(databaseKinds)('template sandbox and links in engine sends on %s', (kind) => {
  const h = useEngineHarness(kind);

  it('fails an in-app message whose ctaUrl renders to javascript: (from an event property), keeps no link', async () => {
    await h.publish(
      aJourney()
        .entryEvent('viewed')
        .send(
          {
            channel: 'inapp',
            purpose: 'info',
            content: { title: 'Hi', body: 'Look', ctaLabel: 'Open', ctaUrl: '{{ event.properties.x }}' },
          },
          { id: 'nudge' },
        ),
    );
    await h.customer('evil');
    await h.customer('fine');
    await h.track('evil', 'viewed', { x: 'javascript:alert(document.cookie)' });
    await h.track('fine', 'viewed', { x: 'https://shop.example/sale' });
    const [evil] = await h.outbox('evil');
    expect(evil).toMatchObject({ node: 'nudge', status: 'failed', rendered: {} });
    expect(evil?.reason).toMatch(/^unsafe_link: .*ctaUrl/);
    expect(JSON.stringify(evil)).not.toContain('javascript:alert(document.cookie)');
    expect((await h.trace('evil')).join('\n')).toMatch(/failed: unsafe_link/);
    expect((await h.runs('evil'))[0]?.status).toBe('completed');
    const [fine] = await h.outbox('fine');
    // A safe CTA is sent as a tracked short link (SPEC §7a) that leads to the rendered URL.
    expect(fine).toMatchObject({
      status: 'queued',
      rendered: expect.objectContaining({ ctaUrl: expect.stringMatching(/\/l\/[0-9A-Za-z]{8}$/) }),
    });
    const code = String((fine?.rendered as { ctaUrl?: string } | undefined)?.ctaUrl).split('/l/')[1];
    const [link] = await h.sql.query<{ url: string }>('select url from short_links where code = $1', [code]);
    expect(link?.url).toMatch(/^https:\/\/shop\.example\/sale\?utm_source=journeyflow&/);
    const links = await h.sql.query<{ url: string }>('select url from short_links');
    expect(JSON.stringify(links)).not.toContain('javascript:');
  });

  it('fails a message whose template exceeds the limits, quickly, and goes on with the next customer', async () => {
    await h.publish(
      aJourney()
        .entryEvent('go')
        .send({ channel: 'sms', purpose: 'info', content: { text: nestedLoops } }, { id: 'loops' }),
    );
    await h.customer('a', { attributes: { phone: '010-1111-2222' } });
    await h.customer('b', { attributes: { phone: '010-3333-4444' } });
    const started = performance.now();
    await h.track('a', 'go');
    await h.track('b', 'go');
    expect(performance.now() - started).toBeLessThan(5000);
    const rows = (await h.outbox()).sort((x, y) => x.customer.localeCompare(y.customer));
    expect(rows.map((r) => [r.customer, r.status])).toEqual([
      ['a', 'failed'],
      ['b', 'failed'],
    ]);
    expect(rows[0]?.reason).toMatch(/^template_limit_exceeded: /);
  });
});
