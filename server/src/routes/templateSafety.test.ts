import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { anSmsTemplate } from '../testing/smsTemplates';
import { useTestApp } from '../testing/useTestApp';

const nestedLoops =
  '{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}x{% endfor %}{% endfor %}{% endfor %}';

const sendNode = (id: string, y: number, settings: Record<string, unknown>) => ({
  id,
  type: 'send',
  position: { x: 0, y },
  settings,
});

describe.each(databaseKinds)('template sandbox and links over HTTP on %s', (kind) => {
  const h = useTestApp(kind, ['marketer']);

  it.each([
    "{% include 'package.json' %}",
    "{% include 'data/secret.key' %}",
    "{% include '/etc/passwd' %}",
    "{% include '../../../etc/passwd' %}",
    "{% render 'package.json' %}",
    "{% layout '/etc/passwd' %}x",
  ])('refuses to save an SMS template with %s (422 template_tag_not_allowed)', async (text) => {
    const before = await h.t.rowCounts();
    const created = await h.marketer.post('/api/templates', anSmsTemplate('leak', text));
    expect(created.status).toBe(422);
    expect(created.body.error.code).toBe('template_tag_not_allowed');
    expect(created.body.error.details.issues[0].path).toBe('content.text');
    expect(JSON.stringify(created.body)).not.toMatch(/journeyflow|root:|"dependencies"/);
    expect(await h.t.rowCounts()).toEqual(before);
  });

  it('refuses the same on update, keeping the template as it was', async () => {
    const created = await h.marketer.post('/api/templates', {
      name: 'ok',
      channel: 'email',
      purpose: 'info',
      content: { subject: 'Hi', html: '<p>Hi</p>' },
    });
    expect(created.status).toBe(201);
    const updated = await h.marketer.put(`/api/templates/${created.body.id}`, {
      name: 'ok',
      channel: 'email',
      purpose: 'info',
      content: { subject: 'Hi', html: "<p>{% render 'data/secret.key' %}</p>" },
    });
    expect(updated.status).toBe(422);
    expect(updated.body.error.code).toBe('template_tag_not_allowed');
    expect((await h.marketer.get(`/api/templates/${created.body.id}`)).body.content.html).toBe('<p>Hi</p>');
  });

  it('answers a preview of three nested loops over (1..1000) quickly with 422 template_limit_exceeded', async () => {
    const created = await h.marketer.post('/api/templates', anSmsTemplate('loops', nestedLoops));
    expect(created.status).toBe(201);
    const started = performance.now();
    const preview = await h.marketer.post(`/api/templates/${created.body.id}/preview`, {});
    expect(preview.status).toBe(422);
    expect(preview.body.error.code).toBe('template_limit_exceeded');
    expect(performance.now() - started).toBeLessThan(3000);
    const healthStarted = performance.now();
    expect((await h.t.anonymous.get('/api/health')).status).toBe(200);
    expect(performance.now() - healthStarted).toBeLessThan(1000);
  });

  it('previews a javascript: ctaUrl from an event property as an unsafe_link error, without the link', async () => {
    const created = await h.marketer.post('/api/templates', {
      name: 'cta',
      channel: 'inapp',
      purpose: 'info',
      content: { title: 'Sale', body: 'Today', ctaLabel: 'Open', ctaUrl: '{{ event.properties.x }}' },
    });
    expect(created.status).toBe(201);
    const preview = await h.marketer.post(`/api/templates/${created.body.id}/preview`, {
      event: { name: 'viewed', properties: { x: 'javascript:alert(1)' } },
    });
    expect(preview.status).toBe(200);
    expect(preview.body.issues).toContainEqual(
      expect.objectContaining({ code: 'unsafe_link', severity: 'error' }),
    );
    expect(preview.body.rendered.ctaUrl).toBe('');
    expect(JSON.stringify(preview.body)).not.toContain('javascript:alert(1)');
    const safe = await h.marketer.post(`/api/templates/${created.body.id}/preview`, {
      event: { name: 'viewed', properties: { x: '/cart' } },
    });
    expect(safe.body.rendered.ctaUrl).toBe('/cart');
    expect(safe.body.issues.map((i: { code: string }) => i.code)).not.toContain('unsafe_link');
  });

  it('a test run fails the message with a javascript: link or a runaway template, with the reason', async () => {
    const graph = {
      nodes: [
        { id: 'entry', type: 'entry.event', position: { x: 0, y: 0 }, settings: { event: 'viewed' } },
        sendNode('cta', 100, {
          channel: 'inapp',
          purpose: 'info',
          content: { title: 'Hi', body: 'Look', ctaLabel: 'Open', ctaUrl: '{{ event.properties.x }}' },
        }),
        sendNode('loops', 200, { channel: 'sms', purpose: 'info', content: { text: nestedLoops } }),
      ],
      edges: [
        { id: 'e1', source: 'entry', sourceHandle: 'next', target: 'cta' },
        { id: 'e2', source: 'cta', sourceHandle: 'next', target: 'loops' },
      ],
    };
    const created = await h.marketer.post('/api/journeys', { name: 'hostile', graph });
    expect(created.status).toBe(201);
    const started = performance.now();
    const run = await h.marketer.post(`/api/journeys/${created.body.id}/test`, {
      customer: { attributes: { name: 'Kim', phone: '010-1234-5678' } },
      events: [{ name: 'viewed', properties: { x: 'javascript:alert(1)' }, afterSeconds: 0 }],
    });
    expect(run.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(5000);
    const messages = run.body.messages as {
      channel: string;
      status: string;
      reason: string;
      rendered: unknown;
    }[];
    expect(messages.map((m) => [m.channel, m.status])).toEqual([
      ['inapp', 'failed'],
      ['sms', 'failed'],
    ]);
    expect(messages[0]?.reason).toMatch(/^unsafe_link: /);
    expect(messages[1]?.reason).toMatch(/^template_limit_exceeded: /);
    expect(JSON.stringify(run.body)).not.toContain('javascript:alert(1)');
  });
});
