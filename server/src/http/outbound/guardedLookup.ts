import dns, { type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { OutboundError } from './outboundError';
import { normalizeHost, type OutboundPolicy, parseAddress } from './outboundPolicy';

type Resolve = (host: string, family: number) => Promise<LookupAddress[]>;

const systemResolve: Resolve = (host, family) => dns.promises.lookup(host, { all: true, family });

/**
 * Resolves `host` once and checks every address it gave: one blocked address refuses the host, so a name
 * that answers both a public and a private address cannot be used to reach the private one. An IP literal
 * (in any spelling) is checked as is.
 */
export const resolveAllowed = async (
  policy: OutboundPolicy,
  host: string,
  family = 0,
  resolve: Resolve = systemResolve,
): Promise<LookupAddress[]> => {
  const literal = parseAddress(host);
  if (literal) {
    const address = literal.toString();
    policy.assertAllowed(address, host);
    return [{ address, family: literal.kind() === 'ipv4' ? 4 : 6 }];
  }
  let addresses: LookupAddress[];
  try {
    addresses = await resolve(normalizeHost(host), family);
  } catch (error) {
    throw new OutboundError('outbound_failed', `${host}: DNS lookup failed (${String(error)})`, {
      cause: error,
    });
  }
  if (addresses.length === 0) throw new OutboundError('outbound_failed', `${host}: no address`);
  for (const { address } of addresses) policy.assertAllowed(address, host);
  return addresses;
};

/**
 * A `lookup` for `net.connect`/`tls.connect` (through undici's `connect` options): the socket connects to
 * exactly the addresses that were checked, so a DNS answer that changes between check and connect
 * (rebinding) cannot slip through.
 */
export const createGuardedLookup =
  (policy: OutboundPolicy, resolve: Resolve = systemResolve): LookupFunction =>
  (hostname, options, callback) => {
    resolveAllowed(policy, hostname, options.family === 6 ? 6 : options.family === 4 ? 4 : 0, resolve).then(
      (addresses) => {
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
