import { describe, expect, it } from 'vitest';
import { parseTrustProxy, resolveClientAddress, TrustProxyFormatError } from './trustProxy';

const resolve = (socket: string, xff: string | undefined, setting: string | undefined) =>
  resolveClientAddress(socket, xff, parseTrustProxy(setting));

describe('JOURNEYFLOW_TRUST_PROXY', () => {
  it('ignores X-Forwarded-For unless a proxy is trusted', () => {
    for (const setting of [undefined, '', 'false', '0']) {
      expect(resolve('203.0.113.9', '1.1.1.1', setting)).toBe('203.0.113.9');
    }
    expect(resolve('::ffff:203.0.113.9', undefined, undefined)).toBe('203.0.113.9');
  });

  it('believes the header only from listed proxies, walking right to left', () => {
    const setting = '10.0.0.0/8, 127.0.0.1';
    // A direct client forging the header is not believed.
    expect(resolve('203.0.113.9', '1.1.1.1', setting)).toBe('203.0.113.9');
    // Through the proxy: the address it appended is the client; a forged left part is ignored.
    expect(resolve('10.1.2.3', '6.6.6.6, 198.51.100.7', setting)).toBe('198.51.100.7');
    // Two trusted proxies in a row.
    expect(resolve('::ffff:127.0.0.1', '6.6.6.6, 198.51.100.7, 10.9.9.9', setting)).toBe('198.51.100.7');
    // Garbage from a trusted hop stops the walk at the last good address.
    expect(resolve('10.1.2.3', 'not-an-ip', setting)).toBe('10.1.2.3');
  });

  it('trusts a number of hops, or every hop with true', () => {
    expect(resolve('10.1.2.3', '6.6.6.6, 198.51.100.7', '1')).toBe('198.51.100.7');
    expect(resolve('10.1.2.3', '6.6.6.6, 198.51.100.7', '2')).toBe('6.6.6.6');
    expect(resolve('10.1.2.3', '6.6.6.6, 198.51.100.7', 'true')).toBe('6.6.6.6');
  });

  it('handles IPv6 proxies and clients', () => {
    expect(resolve('fd00::1', '2001:db8::5', 'fd00::/8')).toBe('2001:db8::5');
  });

  it('refuses a malformed setting', () => {
    expect(() => parseTrustProxy('10.0.0.0/8,proxy.local')).toThrow(TrustProxyFormatError);
    expect(() => parseTrustProxy('10.0.0.0/99')).toThrow(TrustProxyFormatError);
  });
});
