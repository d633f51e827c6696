import ipaddr from 'ipaddr.js';
import { OutboundError } from './outboundError';

type Address = ipaddr.IPv4 | ipaddr.IPv6;
type AllowRule =
  | { readonly kind: 'host'; readonly host: string }
  | { readonly kind: 'range'; readonly range: [Address, number] };

/**
 * Where the server may send requests (webhooks, MMS images, provider APIs, SMTP). Public unicast addresses
 * only, unless the host or the address is listed in `JOURNEYFLOW_OUTBOUND_ALLOW`.
 */
export type OutboundPolicy = {
  /** Throws `outbound_blocked` unless `address` (what `host` resolved to, or the literal) may be reached. */
  assertAllowed(address: string, host: string): void;
};

/** `Example.COM.` and `[::1]` compare as `example.com` and `::1`. */
export const normalizeHost = (host: string): string =>
  host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');

/**
 * ipaddr.js reads every IPv4 spelling (`2130706433`, `0x7f.1`, `0177.0.0.1`, `127.1`) and `process`
 * turns IPv4-mapped IPv6 (`::ffff:127.0.0.1`) into the IPv4 address it really reaches.
 */
export const parseAddress = (value: string): Address | undefined => {
  const host = normalizeHost(value);
  return ipaddr.isValid(host) ? ipaddr.process(host) : undefined;
};

/**
 * The range name of an address (`loopback`, `private`, `linkLocal`, `carrierGradeNat`, `uniqueLocal`,
 * `rfc6052` = NAT64, `6to4`, `teredo`, `multicast`, `unspecified`, `reserved`, …); only `unicast` is public.
 */
export const addressRange = (address: Address): string => address.range();

const parseRule = (entry: string): AllowRule => {
  const value = normalizeHost(entry);
  if (value.includes('/')) {
    const [base, bits] = ipaddr.parseCIDR(value);
    const processed = base.kind() === 'ipv6' && (base as ipaddr.IPv6).isIPv4MappedAddress();
    return processed
      ? { kind: 'range', range: [(base as ipaddr.IPv6).toIPv4Address(), Math.max(0, bits - 96)] }
      : { kind: 'range', range: [base, bits] };
  }
  const address = parseAddress(value);
  if (address) return { kind: 'range', range: [address, address.kind() === 'ipv4' ? 32 : 128] };
  if (!/^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*$/.test(value))
    throw new Error(`"${entry}" is neither a host name, an IP address nor a CIDR range`);
  return { kind: 'host', host: value };
};

/**
 * Splits and checks `JOURNEYFLOW_OUTBOUND_ALLOW` (comma-separated hosts, addresses or CIDR ranges).
 * Throws on an entry that is none of those, so a typo fails at start instead of silently blocking.
 */
export const parseOutboundAllow = (value: string | undefined): string[] => {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of entries) parseRule(entry);
  return entries;
};

const describeRange = (range: string): string =>
  ({
    loopback: 'a loopback',
    private: 'a private',
    linkLocal: 'a link-local',
    carrierGradeNat: 'a carrier-grade NAT',
    uniqueLocal: 'a unique-local',
    multicast: 'a multicast',
    broadcast: 'the broadcast',
    unspecified: 'an unspecified',
    rfc6052: 'a NAT64',
  })[range] ?? `a ${range}`;

/** The policy for a list of allow entries (as `parseOutboundAllow` returns them). */
export const createOutboundPolicy = (allow: readonly string[]): OutboundPolicy => {
  const rules = allow.map(parseRule);
  const hosts = new Set(rules.flatMap((rule) => (rule.kind === 'host' ? [rule.host] : [])));
  const ranges = rules.flatMap((rule) => (rule.kind === 'range' ? [rule.range] : []));
  return {
    assertAllowed(address, host) {
      if (hosts.has(normalizeHost(host))) return;
      const parsed = parseAddress(address);
      if (!parsed) throw new OutboundError('outbound_blocked', `${host}: "${address}" is not an IP address`);
      if (ranges.some(([base, bits]) => base.kind() === parsed.kind() && parsed.match(base, bits))) return;
      const range = addressRange(parsed);
      if (range === 'unicast') return;
      const name = normalizeHost(host);
      throw new OutboundError(
        'outbound_blocked',
        `${name} ${parseAddress(name) ? 'is' : 'resolves to'} ${describeRange(range)} address; the server does not send there unless JOURNEYFLOW_OUTBOUND_ALLOW lists it`,
      );
    },
  };
};
