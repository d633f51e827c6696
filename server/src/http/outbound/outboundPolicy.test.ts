import { describe, expect, it } from 'vitest';
import { resolveAllowed } from './guardedLookup';
import { OutboundError } from './outboundError';
import { createOutboundPolicy, parseOutboundAllow } from './outboundPolicy';

const blocked = (policy: ReturnType<typeof createOutboundPolicy>, address: string, host = address) => {
  try {
    policy.assertAllowed(address, host);
  } catch (error) {
    return error instanceof OutboundError && error.code === 'outbound_blocked';
  }
  return false;
};

describe('outbound address policy', () => {
  const policy = createOutboundPolicy([]);

  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['2130706433', 'decimal loopback'],
    ['0x7f000001', 'hex loopback'],
    ['0x7f.1', 'hex short loopback'],
    ['0177.0.0.1', 'octal loopback'],
    ['127.1', 'short loopback'],
    ['10.0.0.1', 'private 10/8'],
    ['172.16.0.1', 'private 172.16/12'],
    ['172.31.255.255', 'private 172.16/12 top'],
    ['192.168.1.1', 'private 192.168/16'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['100.64.0.1', 'CGNAT'],
    ['100.127.255.254', 'CGNAT top'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['0', 'unspecified, numeric'],
    ['255.255.255.255', 'broadcast'],
    ['::1', 'IPv6 loopback'],
    ['[::1]', 'IPv6 loopback in brackets'],
    ['::', 'IPv6 unspecified'],
    ['fe80::1', 'IPv6 link-local'],
    ['febf::1', 'IPv6 link-local top'],
    ['fc00::1', 'ULA'],
    ['fd12:3456::1', 'ULA'],
    ['ff02::1', 'IPv6 multicast'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback, hex'],
    ['::ffff:10.0.0.1', 'IPv4-mapped private'],
    ['::ffff:169.254.169.254', 'IPv4-mapped link-local'],
    ['64:ff9b::7f00:1', 'NAT64 of loopback'],
    ['64:ff9b::808:808', 'NAT64 of a public address'],
    ['64:ff9b:1::1', 'local-use NAT64'],
    ['2002:7f00:1::1', '6to4 of loopback'],
    ['2001::1', 'Teredo'],
  ])('refuses %s (%s)', (address) => {
    expect(blocked(policy, address)).toBe(true);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'lets the public address %s through',
    (address) => {
      expect(blocked(policy, address)).toBe(false);
    },
  );

  it('names the host and the kind of address, not a stack', () => {
    expect(() => policy.assertAllowed('10.1.2.3', 'intranet.shop.example')).toThrow(
      /intranet\.shop\.example resolves to a private address.*JOURNEYFLOW_OUTBOUND_ALLOW/,
    );
    expect(() => policy.assertAllowed('100.64.1.1', '100.64.1.1')).toThrow(
      /100\.64\.1\.1 is a carrier-grade NAT address/,
    );
  });

  it('lets listed addresses, CIDR ranges and host names through, and nothing next to them', () => {
    const allowing = createOutboundPolicy(
      parseOutboundAllow(
        ' 127.0.0.1 , 10.20.0.0/16,fd00:1::/32, hooks.internal.example., ::ffff:192.168.5.0/120',
      ),
    );
    expect(blocked(allowing, '127.0.0.1')).toBe(false);
    expect(blocked(allowing, '::ffff:127.0.0.1')).toBe(false);
    expect(blocked(allowing, '127.0.0.2')).toBe(true);
    expect(blocked(allowing, '::1')).toBe(true);
    expect(blocked(allowing, '10.20.99.1')).toBe(false);
    expect(blocked(allowing, '10.21.0.1')).toBe(true);
    expect(blocked(allowing, 'fd00:1:2::9')).toBe(false);
    expect(blocked(allowing, 'fd00:2::9')).toBe(true);
    expect(blocked(allowing, '192.168.5.77')).toBe(false);
    expect(blocked(allowing, '192.168.6.1')).toBe(true);
    // A listed host may resolve to a private address; another host resolving there may not.
    expect(blocked(allowing, '10.9.9.9', 'Hooks.Internal.Example')).toBe(false);
    expect(blocked(allowing, '10.9.9.9', 'other.internal.example')).toBe(true);
  });

  it('refuses allow entries that are not hosts, addresses or ranges', () => {
    expect(parseOutboundAllow(undefined)).toEqual([]);
    expect(parseOutboundAllow(' , ')).toEqual([]);
    expect(() => parseOutboundAllow('10.0.0.0/33')).toThrow();
    expect(() => parseOutboundAllow('http://hooks.example')).toThrow(/neither/);
    expect(() => parseOutboundAllow('bad host')).toThrow(/neither/);
  });
});

describe('resolving a host under the policy', () => {
  const policy = createOutboundPolicy([]);
  const fakeDns = (answers: Record<string, string[]>) => async (host: string) =>
    (answers[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

  it('refuses a name when any of its addresses is blocked', async () => {
    const dns = fakeDns({ 'mixed.example': ['93.184.216.34', '10.0.0.5'], 'ok.example': ['93.184.216.34'] });
    await expect(resolveAllowed(policy, 'mixed.example', 0, dns)).rejects.toMatchObject({
      code: 'outbound_blocked',
    });
    await expect(resolveAllowed(policy, 'ok.example', 0, dns)).resolves.toEqual([
      { address: '93.184.216.34', family: 4 },
    ]);
  });

  it('checks literals in every spelling without asking DNS', async () => {
    const never = async () => {
      throw new Error('DNS must not be asked');
    };
    for (const literal of ['2130706433', '0x7f.1', '[::ffff:127.0.0.1]', '127.1'])
      await expect(resolveAllowed(policy, literal, 0, never)).rejects.toMatchObject({
        code: 'outbound_blocked',
      });
    await expect(resolveAllowed(createOutboundPolicy(['127.0.0.1']), '127.1', 0, never)).resolves.toEqual([
      { address: '127.0.0.1', family: 4 },
    ]);
  });

  it('refuses localhost through the real resolver', async () => {
    await expect(resolveAllowed(policy, 'localhost')).rejects.toMatchObject({ code: 'outbound_blocked' });
  });
});
