import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { createGuardedLookup } from './guardedLookup';
import { createOutboundPolicy } from './outboundPolicy';

type Answer = { error: unknown; address?: string | LookupAddress[]; family?: number };

/** A DNS server that answers a public address first and a private one afterwards (rebinding). */
const rebindingDns = () => {
  let calls = 0;
  return async (): Promise<LookupAddress[]> => {
    calls += 1;
    return [{ address: calls === 1 ? '93.184.216.34' : '10.0.0.7', family: 4 }];
  };
};

const lookupOnce = (lookup: ReturnType<typeof createGuardedLookup>, all: boolean) =>
  new Promise<Answer>((resolve) => {
    lookup('rebind.example', { all }, (error, address, family) => resolve({ error, address, family }));
  });

describe('guarded lookup (what the socket connects to)', () => {
  it('hands the socket exactly the checked address, and refuses when the next answer is private', async () => {
    const lookup = createGuardedLookup(createOutboundPolicy([]), rebindingDns());
    expect(await lookupOnce(lookup, false)).toEqual({ error: null, address: '93.184.216.34', family: 4 });
    const second = await lookupOnce(lookup, true);
    expect(second.error).toMatchObject({ code: 'outbound_blocked' });
  });

  it('answers the list form that happy-eyeballs connects use', async () => {
    const lookup = createGuardedLookup(createOutboundPolicy([]), async () => [
      { address: '2606:4700::1111', family: 6 },
      { address: '1.1.1.1', family: 4 },
    ]);
    expect(await lookupOnce(lookup, true)).toEqual({
      error: null,
      address: [
        { address: '2606:4700::1111', family: 6 },
        { address: '1.1.1.1', family: 4 },
      ],
      family: undefined,
    });
  });
});
