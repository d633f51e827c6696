import ipaddr from 'ipaddr.js';

/**
 * Which hops in front of the server may report the client address in `X-Forwarded-For`
 * (`JOURNEYFLOW_TRUST_PROXY`):
 * - unset / `false` / `0`: nobody; the socket peer is the client, the header is ignored;
 * - `true`: every hop (only when the server is reachable through a proxy alone);
 * - a number `n`: the `n` nearest hops (e.g. `1` behind one load balancer);
 * - a comma-separated list of addresses and CIDRs (e.g. `10.0.0.0/8,127.0.0.1`): hops at those addresses.
 */
export type TrustProxy =
  | { readonly kind: 'none' }
  | { readonly kind: 'all' }
  | { readonly kind: 'hops'; readonly count: number }
  | { readonly kind: 'list'; readonly ranges: readonly (readonly [ipaddr.IPv4 | ipaddr.IPv6, number])[] };

export const TRUST_NO_PROXY: TrustProxy = { kind: 'none' };

export class TrustProxyFormatError extends Error {
  override readonly name = 'TrustProxyFormatError';
}

const parseRange = (item: string): readonly [ipaddr.IPv4 | ipaddr.IPv6, number] => {
  try {
    if (item.includes('/')) {
      const [address, bits] = ipaddr.parseCIDR(item);
      return [address.kind() === 'ipv6' ? ipaddr.process(address.toString()) : address, bits];
    }
    const address = ipaddr.process(item);
    return [address, address.kind() === 'ipv4' ? 32 : 128];
  } catch {
    throw new TrustProxyFormatError(`"${item}" is not an IP address or CIDR`);
  }
};

export const parseTrustProxy = (value: string | undefined): TrustProxy => {
  const text = value?.trim().toLowerCase() ?? '';
  if (text === '' || text === 'false' || text === '0') return TRUST_NO_PROXY;
  if (text === 'true') return { kind: 'all' };
  if (/^\d+$/.test(text)) return { kind: 'hops', count: Number(text) };
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return { kind: 'list', ranges: items.map(parseRange) };
};

/** IPv4-mapped IPv6 (`::ffff:10.0.0.1`, as Node reports IPv4 peers on a dual-stack socket) becomes IPv4. */
const parseAddress = (text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined => {
  try {
    return ipaddr.process(text);
  } catch {
    return undefined;
  }
};

const trusts = (trust: TrustProxy, address: ipaddr.IPv4 | ipaddr.IPv6, hop: number): boolean => {
  switch (trust.kind) {
    case 'none':
      return false;
    case 'all':
      return true;
    case 'hops':
      return hop < trust.count;
    case 'list':
      return trust.ranges.some(
        ([range, bits]) => range.kind() === address.kind() && address.match(range, bits),
      );
  }
};

/**
 * The client behind the trusted hops: walk from the socket peer outwards through `X-Forwarded-For`
 * (right to left) while the current hop is trusted. Anything unparseable stops the walk at the last good
 * address, so a forged or garbled header can never be believed past an untrusted hop.
 */
export const resolveClientAddress = (
  socketAddress: string,
  forwardedFor: string | undefined,
  trust: TrustProxy,
): string => {
  let current = parseAddress(socketAddress);
  if (!current) return socketAddress;
  if (trust.kind === 'none' || !forwardedFor) return current.toString();
  const hops = forwardedFor
    .split(',')
    .map((item) => item.trim())
    .reverse();
  for (const [hop, text] of hops.entries()) {
    if (!trusts(trust, current, hop)) break;
    const next = parseAddress(text);
    if (!next) break;
    current = next;
  }
  return current.toString();
};
