import { describe, expect, it } from 'vitest';
import { checkSendSettings } from './checkSendSettings';

const codes = (settings: Parameters<typeof checkSendSettings>[0]) =>
  checkSendSettings(settings, {}).map((issue) => [issue.code, issue.path?.join('.')]);

describe('checkSendSettings: links and refused tags', () => {
  it('flags a literal javascript: CTA, but leaves links made by Liquid to the check after rendering', () => {
    expect(
      codes({
        channel: 'inapp',
        purpose: 'info',
        content: { title: 't', body: 'b', ctaUrl: 'javascript:alert(1)' },
      }),
    ).toEqual([['unsafe_link', 'content.ctaUrl']]);
    expect(
      codes({
        channel: 'inapp',
        purpose: 'info',
        content: { title: 't', body: 'b', ctaUrl: '{{ event.properties.url }}' },
      }),
    ).toEqual([]);
    expect(
      codes({
        channel: 'alimtalk',
        purpose: 'info',
        content: { templateCode: 'T', variables: {}, buttons: [{ name: 'go', url: 'http://x' }] },
        fallback: { channel: 'sms', content: { text: 'x', imageUrl: 'file:///etc/passwd' } },
      }),
    ).toEqual([['unsafe_link', 'fallback.content.imageUrl']]);
  });

  it('reports include/render/layout with their own code', () => {
    expect(
      codes({ channel: 'sms', purpose: 'info', content: { text: "{% include 'data/secret.key' %}" } }),
    ).toEqual([['template_tag_not_allowed', 'content.text']]);
  });
});
