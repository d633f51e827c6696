import type { Channel } from './channelContent';
import { isSafeLink } from './unsafeLinks';

/**
 * Tracked links (SPEC §7a): at send time every http(s) link a customer can follow is replaced by a short
 * link on the product's own domain (`<publicUrl>/l/<code>`). Pure: the engine supplies `shorten`, which
 * stores the original and answers the short URL; the editor uses `textWithShortLinks` to count bytes.
 */

/** Characters of a short code (base62); 62^8 ≈ 2·10^14 codes. */
export const SHORT_CODE_LENGTH = 8;
export const SHORT_CODE_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const shortCodePattern = /^[0-9A-Za-z]{7,16}$/;

/** Where in a message a link sits, for the stored short link (`text`, `buttons.0.url`, `html`…). */
export type LinkSpot = string;
export type ShortenLink = (url: string, spot: LinkSpot) => string;

// A URL in free text: scheme, then anything up to whitespace or a character that usually ends a sentence
// around a link (quotes, brackets, CJK punctuation). Trailing `.,!?` are left out of the link.
const TEXT_URL = /https?:\/\/[^\s<>"'`{}|\\^\u3000-\u303f\uff01-\uff0f()[\]]+/gi;
const TRAILING = /[.,!?;:]+$/;

const isWebUrl = (url: string) => /^https?:\/\//i.test(url.trim()) && isSafeLink(url.trim(), 'web');

/** Replaces every http(s) URL in free text. */
export function replaceTextLinks(text: string, replace: (url: string) => string): string {
  return text.replace(TEXT_URL, (match) => {
    const trailing = TRAILING.exec(match)?.[0] ?? '';
    const url = trailing ? match.slice(0, -trailing.length) : match;
    return isWebUrl(url) ? replace(url) + trailing : match;
  });
}

// `<a … href="…">` only: images and other resources are loaded, not followed, so they stay as they are.
const ANCHOR = /<a\b((?:"[^"]*"|'[^']*'|[^'"<>])*)>/gi;
const HREF = /(\shref\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

const decodeAmp = (value: string) => value.replace(/&amp;/gi, '&');
const encodeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Replaces the `href` of every anchor of an e-mail body whose target is an http(s) URL. */
export function replaceHtmlLinks(html: string, replace: (url: string) => string): string {
  return html.replace(ANCHOR, (tag, attributes: string) => {
    const href = HREF.exec(attributes);
    if (!href) return tag;
    const raw = decodeAmp(href[2] ?? href[3] ?? href[4] ?? '');
    if (!isWebUrl(raw)) return tag;
    const replaced = attributes.replace(HREF, `${href[1]}"${encodeAttr(replace(raw.trim()))}"`);
    return `<a${replaced}>`;
  });
}

type Content = Record<string, unknown>;

function replaceButtons(content: Content, shorten: ShortenLink): Content {
  if (!Array.isArray(content.buttons)) return content;
  const buttons = content.buttons.map((button: unknown, index) => {
    const url = (button as { url?: unknown } | null)?.url;
    if (typeof url !== 'string' || !isWebUrl(url)) return button;
    return { ...(button as object), url: shorten(url.trim(), `buttons.${index}.url`) };
  });
  return { ...content, buttons };
}

function replaceField(content: Content, key: string, shorten: ShortenLink): Content {
  const url = content[key];
  if (typeof url !== 'string' || !isWebUrl(url)) return content;
  return { ...content, [key]: shorten(url.trim(), key) };
}

/**
 * The rendered message with its followable links shortened: SMS/LMS/MMS and Brand Message text, Kakao
 * button URLs, a push deep link that is a web URL, the in-app CTA, and e-mail anchors. Images, webhooks
 * and custom app schemes are left as they are.
 */
export function rewriteMessageLinks(channel: Channel, rendered: unknown, shorten: ShortenLink): unknown {
  if (!rendered || typeof rendered !== 'object') return rendered;
  let content = rendered as Content;
  switch (channel) {
    case 'sms':
      if (typeof content.text === 'string')
        content = { ...content, text: replaceTextLinks(content.text, (u) => shorten(u, 'text')) };
      return content;
    case 'brandmessage':
      if (typeof content.text === 'string')
        content = { ...content, text: replaceTextLinks(content.text, (u) => shorten(u, 'text')) };
      return replaceButtons(content, shorten);
    case 'alimtalk':
      return replaceButtons(content, shorten);
    case 'push':
      return replaceField(content, 'deepLink', shorten);
    case 'inapp':
      return replaceField(content, 'ctaUrl', shorten);
    case 'email':
      if (typeof content.html === 'string')
        content = { ...content, html: replaceHtmlLinks(content.html, (u) => shorten(u, 'html')) };
      if (typeof content.text === 'string')
        content = { ...content, text: replaceTextLinks(content.text, (u) => shorten(u, 'text')) };
      return content;
    default:
      return content;
  }
}

/** A short link's URL for a code. */
export const shortLinkUrl = (publicUrl: string, code: string): string =>
  `${publicUrl.replace(/\/+$/, '')}/l/${code}`;

/** The text as it will be sent with tracked links: each link counted at a short link's length. */
export function textWithShortLinks(text: string, publicUrl: string): string {
  const sample = shortLinkUrl(publicUrl, 'x'.repeat(SHORT_CODE_LENGTH));
  return replaceTextLinks(text, () => sample);
}

/** UTM parameters a tracked link adds unless the journey's node sets its own (`utm_*` keys). */
export function defaultUtm(channel: string, journey: string, node: string): Record<string, string> {
  return { utm_source: 'journeyflow', utm_medium: channel, utm_campaign: journey, utm_content: node };
}

/**
 * The original URL with UTM parameters added; parameters the URL already has are kept (a marketer's own
 * `utm_source` wins). Liquid-rendered values are plain text, so they are encoded here.
 */
export function withUtm(url: string, utm: Readonly<Record<string, string>>): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  for (const [key, value] of Object.entries(utm)) {
    if (value === '' || parsed.searchParams.has(key)) continue;
    parsed.searchParams.set(key, value);
  }
  return parsed.toString();
}
