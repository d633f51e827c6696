import { z } from 'zod';

/**
 * A workspace's host for tracked short links (issue 18): an absolute http(s) origin such as
 * `https://go.example.com` — scheme, host and an optional port, nothing else (no path, query, fragment or
 * credentials). Left out, links use the installation's `JOURNEYFLOW_PUBLIC_URL`. The host must route
 * `GET /l/:code` to Journeyflow; any host does, the redirect does not look at it.
 */
export const LINK_HOST_MAX_LENGTH = 100;

// Scheme, then one authority with no slash, query, fragment or whitespace; one trailing slash is tolerated.
const ORIGIN_SHAPE = /^https?:\/\/[^/?#\s\\]+\/?$/i;

/** Whether `value` is an http(s) origin a short link can be built on. */
export function isLinkHost(value: string): boolean {
  if (value.length > LINK_HOST_MAX_LENGTH || !ORIGIN_SHAPE.test(value)) return false;
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.hostname.length > 0 &&
      url.username === '' &&
      url.password === ''
    );
  } catch {
    return false;
  }
}

export const linkHostSchema = z.string().trim().max(LINK_HOST_MAX_LENGTH).refine(isLinkHost, {
  message: 'Give an http(s) origin such as https://go.example.com (no path, query or fragment)',
});

/** The base of a workspace's short links: its own host when set and valid, else the installation default. */
export function linkBase(linkHost: string | null | undefined, publicUrl: string): string {
  const host = linkHost?.trim();
  return (host && isLinkHost(host) ? host : publicUrl).replace(/\/+$/, '');
}
