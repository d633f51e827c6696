import { describe, expect, it } from 'vitest';
import { classifySms } from './classifySms';
import { rewriteMessageLinks, textWithShortLinks, withUtm } from './trackLinks';

const counter = () => {
  const seen: { url: string; spot: string }[] = [];
  return {
    seen,
    shorten: (url: string, spot: string) => {
      seen.push({ url, spot });
      return `https://go.test/l/c${seen.length}`;
    },
  };
};

describe('rewriteMessageLinks', () => {
  it('shortens every http(s) link of SMS text, keeping sentence punctuation and other schemes', () => {
    const { seen, shorten } = counter();
    const out = rewriteMessageLinks(
      'sms',
      {
        text: '보기: https://a.example/x?y=1. 그리고 (http://b.example/p), tel:0212345678',
        imageUrl: 'https://img/x.png',
      },
      shorten,
    ) as { text: string; imageUrl: string };
    expect(out.text).toBe('보기: https://go.test/l/c1. 그리고 (https://go.test/l/c2), tel:0212345678');
    expect(out.imageUrl).toBe('https://img/x.png');
    expect(seen).toEqual([
      { url: 'https://a.example/x?y=1', spot: 'text' },
      { url: 'http://b.example/p', spot: 'text' },
    ]);
  });

  it('shortens Kakao buttons, web push deep links and in-app CTAs, but not app schemes', () => {
    const { shorten } = counter();
    const kakao = rewriteMessageLinks(
      'alimtalk',
      {
        templateCode: 'T1',
        buttons: [
          { name: '주문', url: 'https://shop/o/1' },
          { name: '앱', url: 'myapp://x' },
        ],
      },
      shorten,
    ) as { buttons: { url: string }[] };
    expect(kakao.buttons.map((b) => b.url)).toEqual(['https://go.test/l/c1', 'myapp://x']);
    expect(
      rewriteMessageLinks('push', { title: 't', body: 'b', deepLink: 'myshop://cart' }, shorten),
    ).toMatchObject({
      deepLink: 'myshop://cart',
    });
    expect(
      rewriteMessageLinks('push', { title: 't', body: 'b', deepLink: 'https://m.shop/c' }, shorten),
    ).toMatchObject({
      deepLink: 'https://go.test/l/c2',
    });
    expect(
      rewriteMessageLinks('inapp', { title: 't', body: 'b', ctaUrl: 'https://shop/c' }, shorten),
    ).toMatchObject({
      ctaUrl: 'https://go.test/l/c3',
    });
  });

  it('rewrites e-mail anchors only (images load from their source), decoding &amp; in the original', () => {
    const { seen, shorten } = counter();
    const out = rewriteMessageLinks(
      'email',
      {
        subject: 's',
        html: '<p><a class="b" href="https://shop/x?a=1&amp;b=2">Go</a> <img src="https://img/y.png"> <a href=\'mailto:a@b\'>m</a></p>',
      },
      shorten,
    ) as { html: string };
    expect(out.html).toBe(
      '<p><a class="b" href="https://go.test/l/c1">Go</a> <img src="https://img/y.png"> <a href=\'mailto:a@b\'>m</a></p>',
    );
    expect(seen).toEqual([{ url: 'https://shop/x?a=1&b=2', spot: 'html' }]);
  });

  it('leaves webhooks alone', () => {
    const { seen, shorten } = counter();
    rewriteMessageLinks('webhook', { url: 'https://hook', method: 'POST' }, shorten);
    expect(seen).toEqual([]);
  });
});

describe('withUtm', () => {
  it('adds UTM parameters and keeps the ones a link already has', () => {
    expect(
      withUtm('https://s/x?utm_source=mine#top', {
        utm_source: 'journeyflow',
        utm_medium: 'sms',
        utm_term: '',
      }),
    ).toBe('https://s/x?utm_source=mine&utm_medium=sms#top');
  });
});

describe('byte count with tracked links', () => {
  it('counts a long link at the short link length, which can make an LMS an SMS', () => {
    const text = `오늘만 특가 쿠폰 확인 https://shop.example.com/products/2026/winter-sale?campaign=abcdefghijklmnop`;
    expect(classifySms({ text }).type).toBe('LMS');
    const short = textWithShortLinks(text, 'https://jf.example');
    expect(short).toBe('오늘만 특가 쿠폰 확인 https://jf.example/l/xxxxxxxx');
    expect(classifySms({ text: short }).type).toBe('SMS');
  });
});
