import { describe, expect, it } from 'vitest';
import { randomIds } from './ids';

describe('randomIds', () => {
  it('answers the prefix and 32 hex digits, never the same twice across pool refills', () => {
    const ids = Array.from({ length: 2000 }, () => randomIds.newId('trc'));
    for (const id of ids) expect(id).toMatch(/^trc_[0-9a-f]{32}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
