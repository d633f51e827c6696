import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonicalJson';

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('keeps array order and writes undefined items as null, like JSON.stringify', () => {
    expect(canonicalJson([2, 1, undefined])).toBe('[2,1,null]');
    expect(canonicalJson('한글')).toBe('"한글"');
    expect(canonicalJson(null)).toBe('null');
  });
});
