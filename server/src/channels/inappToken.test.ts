import { describe, expect, it } from 'vitest';
import { createInappTokens } from './inappToken';

describe('in-app tokens', () => {
  const tokens = createInappTokens('unit-test-secret-key-0123456789abcdef', 60);
  const claims = { workspaceId: 'ws_1', customerId: 'cus_1', externalId: 'minji' };

  it('verify to the customer they were issued for until they expire', () => {
    const now = new Date('2026-03-02T00:00:00Z');
    const { token, expiresAt } = tokens.issue(claims, now);
    expect(expiresAt.toISOString()).toBe('2026-03-02T00:01:00.000Z');
    expect(tokens.verify(token, now)).toMatchObject(claims);
    expect(tokens.verify(token, new Date('2026-03-02T00:01:00Z'))).toBeNull();
  });

  it('reject forged or re-signed claims and tokens of another key', () => {
    const { token } = tokens.issue(claims);
    const [payload, signature] = token.split('.');
    const other = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), c: 'cus_2' }),
    ).toString('base64url');
    expect(tokens.verify(`${other}.${signature}`)).toBeNull();
    expect(createInappTokens('another-secret-key-0123456789abcdefg').verify(token)).toBeNull();
    expect(tokens.verify('garbage')).toBeNull();
  });
});
