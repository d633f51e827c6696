import type { NodeSettingsIssue } from '../journey/nodeDefinition';
import type { Channel } from './channelContent';

/**
 * Which schemes a rendered link may use. Relative links resolve against an https page, so they pass.
 * - `web`: only `https:`/`http:` (images, buttons, in-app CTAs);
 * - `email`: also `mailto:`/`tel:` (an `<a href>` in an e-mail);
 * - `app`: also a custom app scheme such as `myshop://cart` (a push deep link), never a browser-internal one.
 */
export type LinkKind = 'web' | 'email' | 'app';

export type UnsafeLink = {
  /** Where the link is in the rendered content, e.g. `['buttons', 0, 'url']` or `['html']`. */
  readonly path: readonly (string | number)[];
  readonly url: string;
};

const WEB_SCHEMES = new Set(['https:', 'http:']);
const EMAIL_SCHEMES = new Set([...WEB_SCHEMES, 'mailto:', 'tel:']);
/** Schemes that run code, read local data or reach browser/OS internals: never allowed, not even in apps. */
const NEVER_SCHEMES = new Set([
  'javascript:',
  'vbscript:',
  'data:',
  'file:',
  'blob:',
  'filesystem:',
  'about:',
  'view-source:',
  'intent:',
  'content:',
  'jar:',
]);
const BASE = 'https://link-check.invalid/';

/**
 * Whether a rendered link is safe to deliver as `kind`. Parsed the way browsers parse it (leading control
 * characters and inner tabs/newlines are dropped, so `java\tscript:` is still `javascript:`); an empty
 * link is no link and passes. Pure: the engine, test runs, previews, delivery and the editor share it.
 */
export function isSafeLink(url: string, kind: LinkKind): boolean {
  if (url.trim() === '') return true;
  let protocol: string;
  try {
    protocol = new URL(url, BASE).protocol.toLowerCase();
  } catch {
    return false;
  }
  if (WEB_SCHEMES.has(protocol)) return true;
  if (kind === 'email') return EMAIL_SCHEMES.has(protocol);
  return kind === 'app' && !NEVER_SCHEMES.has(protocol);
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  amp: '&',
  sol: '/',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
  period: '.',
  lpar: '(',
  rpar: ')',
};

/** An attribute value as the browser reads it: character references decoded. */
function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Attributes whose value a browser or mail client loads or follows as a URL. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'background',
  'poster',
  'cite',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'data',
  'ping',
  'codebase',
  'srcset',
]);
// Quoted attribute values may hold `>`; browsers read through them, so does this. An unquoted `<` ends the
// attempt (linear time on hostile input); the next tag's attributes are still read from that `<`.
const TAG = /<[a-z][^\s/<>]*((?:"[^"]*"|'[^']*'|[^'"<>])*)>/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;

/** Every URL in the attributes of an HTML document (e-mail body), decoded. */
export function htmlLinks(html: string): { readonly attribute: string; readonly url: string }[] {
  const links: { attribute: string; url: string }[] = [];
  for (const tag of html.matchAll(TAG)) {
    for (const attr of tag[1]!.matchAll(ATTRIBUTE)) {
      const name = attr[1]!.toLowerCase();
      if (!URL_ATTRIBUTES.has(name)) continue;
      const value = decodeEntities(attr[2] ?? attr[3] ?? attr[4] ?? '');
      const urls =
        name === 'srcset' || name === 'ping'
          ? value.split(/,\s*|\s+/).filter((u) => !/^\d/.test(u))
          : [value];
      for (const url of urls) links.push({ attribute: name, url });
    }
  }
  return links;
}

/** A scheme hidden behind a character reference the decoder does not know (`javascript&unknown;`) is refused. */
const hidesScheme = (url: string) => /^[^/?#]*&/.test(url);

type Field = { readonly key: string; readonly kind: LinkKind };
const LINK_FIELDS: Readonly<Record<Channel, readonly Field[]>> = {
  sms: [{ key: 'imageUrl', kind: 'web' }],
  alimtalk: [],
  brandmessage: [{ key: 'imageUrl', kind: 'web' }],
  push: [
    { key: 'deepLink', kind: 'app' },
    { key: 'imageUrl', kind: 'web' },
  ],
  inapp: [
    { key: 'ctaUrl', kind: 'web' },
    { key: 'imageUrl', kind: 'web' },
  ],
  email: [],
  // The webhook URL is the server's own request, guarded by the outbound HTTP client.
  webhook: [],
};

/**
 * The links of a rendered message that are not allowed (see `isSafeLink`): in-app CTA and image, push deep
 * link and image, SMS and Brand Message images, Kakao button URLs, and every URL attribute of e-mail HTML.
 * An empty list means the message may be delivered; otherwise it fails with `unsafe_link`.
 */
export function unsafeLinks(channel: Channel, rendered: unknown): UnsafeLink[] {
  if (!rendered || typeof rendered !== 'object') return [];
  const content = rendered as Record<string, unknown>;
  const found: UnsafeLink[] = [];
  for (const { key, kind } of LINK_FIELDS[channel]) {
    const url = content[key];
    if (typeof url === 'string' && !isSafeLink(url, kind)) found.push({ path: [key], url });
  }
  if ((channel === 'alimtalk' || channel === 'brandmessage') && Array.isArray(content.buttons)) {
    content.buttons.forEach((button: unknown, index) => {
      const url = (button as { url?: unknown } | null)?.url;
      if (typeof url === 'string' && !isSafeLink(url, 'web'))
        found.push({ path: ['buttons', index, 'url'], url });
    });
  }
  if (channel === 'email' && typeof content.html === 'string') {
    for (const { attribute, url } of htmlLinks(content.html)) {
      if (hidesScheme(url) || !isSafeLink(url, attribute === 'href' ? 'email' : 'web'))
        found.push({ path: ['html'], url });
    }
  }
  return found;
}

/** The scheme a link names, for messages (`javascript:`), or `invalid` when it does not parse. */
function schemeOf(url: string): string {
  try {
    return new URL(url, BASE).protocol.toLowerCase();
  } catch {
    return 'invalid';
  }
}

/**
 * A short reason for a message refused for its links (outbox row, trace, preview issue): where and which
 * scheme, never the link itself, so a hostile URL is not stored or shown anywhere.
 */
export function unsafeLinkReason(links: readonly UnsafeLink[]): string {
  const shown = links
    .slice(0, 3)
    .map((l) => `${l.path.join('.')} (${hidesScheme(l.url) ? 'hidden scheme' : schemeOf(l.url)})`);
  return `only https:/http: links are allowed: ${shown.join(', ')}${links.length > 3 ? ', …' : ''}`;
}

/**
 * Links written into content that are unsafe before any rendering (e.g. a literal `javascript:` CTA):
 * validation errors, so such a message is fixed before publishing instead of failing at every send.
 * Links made by Liquid (`{{ event.properties.url }}`) read as relative here and are checked after rendering.
 */
export function unsafeLinkIssues(
  channel: Channel,
  content: unknown,
  path: readonly (string | number)[],
): NodeSettingsIssue[] {
  const links = unsafeLinks(channel, content);
  if (links.length === 0) return [];
  return [
    {
      code: 'unsafe_link',
      message: `This message would fail: ${unsafeLinkReason(links)}.`,
      severity: 'error',
      path: [...path, ...links[0]!.path],
    },
  ];
}
