import { describe, expect, it } from 'vitest';
import { htmlLinks, isSafeLink, unsafeLinks } from './unsafeLinks';

describe('isSafeLink', () => {
  it.each([
    'https://shop.example/sale?a=1&b=2',
    'http://shop.example',
    '/cart',
    '?coupon=SHOP10',
    '#top',
    '',
  ])('allows %s on the web', (url) => {
    expect(isSafeLink(url, 'web')).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    '\u0000javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'blob:https://x/1',
    'mailto:a@b.c',
    'myapp://cart',
    'https://[bad',
  ])('refuses %j on the web', (url) => {
    expect(isSafeLink(url, 'web')).toBe(false);
  });

  it('lets push deep links use app schemes, never script, data or file ones', () => {
    expect(isSafeLink('shop://cart', 'app')).toBe(true);
    expect(isSafeLink('demoshop://coupons/BDAY15', 'app')).toBe(true);
    expect(isSafeLink('https://shop.example/app', 'app')).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:,x', 'vbscript:x', 'file:///x', 'intent://x#Intent;end'])
      expect(isSafeLink(url, 'app'), url).toBe(false);
  });

  it('lets e-mail anchors use mailto: and tel:', () => {
    expect(isSafeLink('mailto:help@shop.example', 'email')).toBe(true);
    expect(isSafeLink('tel:080-123-4567', 'email')).toBe(true);
    expect(isSafeLink('javascript:alert(1)', 'email')).toBe(false);
  });
});

describe('unsafeLinks', () => {
  it('finds in-app CTA and image links', () => {
    expect(
      unsafeLinks('inapp', {
        title: 't',
        body: 'b',
        ctaUrl: 'javascript:alert(1)',
        imageUrl: 'https://x/y.png',
      }),
    ).toEqual([{ path: ['ctaUrl'], url: 'javascript:alert(1)' }]);
    expect(
      unsafeLinks('inapp', { title: 't', body: 'b', ctaUrl: '/cart', imageUrl: 'data:image/png;base64,AA' }),
    ).toEqual([{ path: ['imageUrl'], url: 'data:image/png;base64,AA' }]);
  });

  it('checks push deep links and images, SMS and Brand Message images, Kakao buttons', () => {
    expect(unsafeLinks('push', { title: 't', body: 'b', deepLink: 'shop://cart' })).toEqual([]);
    expect(
      unsafeLinks('push', { title: 't', body: 'b', deepLink: 'javascript:x', imageUrl: 'file:///x' }),
    ).toHaveLength(2);
    expect(unsafeLinks('sms', { text: 'x', imageUrl: 'file:///etc/passwd' })).toHaveLength(1);
    expect(
      unsafeLinks('brandmessage', {
        text: 'x',
        buttons: [
          { name: 'a', url: 'https://ok' },
          { name: 'b', url: 'javascript:x' },
        ],
      }),
    ).toEqual([{ path: ['buttons', 1, 'url'], url: 'javascript:x' }]);
    expect(
      unsafeLinks('alimtalk', {
        templateCode: 'T',
        variables: {},
        buttons: [{ name: 'a', url: 'vbscript:x' }],
      }),
    ).toHaveLength(1);
    expect(unsafeLinks('webhook', { url: 'https://hooks.example' })).toEqual([]);
  });

  it('checks every URL attribute of e-mail HTML, entity-encoded or not', () => {
    const ok =
      '<p><a href="https://shop.example/?a=1&amp;b=2">Shop</a> <a href="mailto:x@y.z">mail</a><img src="https://cdn/x.png"></p>';
    expect(unsafeLinks('email', { subject: 's', html: ok })).toEqual([]);
    for (const html of [
      '<a href="javascript:alert(1)">x</a>',
      "<a href='javascript:alert(1)'>x</a>",
      '<a href=javascript:alert(1)>x</a>',
      '<a HREF="  JaVaScRiPt:alert(1)">x</a>',
      '<a href="javascript&colon;alert(1)">x</a>',
      '<a href="&#106;avascript:alert(1)">x</a>',
      '<a href="&#x6A;avascript:alert(1)">x</a>',
      '<a href="java&#9;script:alert(1)">x</a>',
      '<a href="javascript&unknown;alert(1)">x</a>',
      '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
      '<img src="mailto:x@y.z">',
      '<img srcset="https://ok/a.png 1x, javascript:alert(1) 2x">',
      '<form action="javascript:alert(1)"><button>x</button></form>',
      '<table background="file:///etc/passwd"></table>',
    ]) {
      expect(unsafeLinks('email', { subject: 's', html }), html).not.toEqual([]);
    }
  });

  it('lists the URLs of e-mail HTML decoded', () => {
    expect(htmlLinks('<a href="https://x/?a=1&amp;b=2" title="t">x</a>')).toEqual([
      { attribute: 'href', url: 'https://x/?a=1&b=2' },
    ]);
  });
});

describe('unsafeLinks on hostile HTML', () => {
  it('stays fast on unterminated tags and still sees a link after a stray <', () => {
    const started = performance.now();
    expect(unsafeLinks('email', { subject: 's', html: '<a b'.repeat(100_000) })).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(
      unsafeLinks('email', { subject: 's', html: '<a x<y href="javascript:alert(1)">x</a>' }),
    ).toHaveLength(1);
  });
});
