import { describe, expect, it } from 'vitest';
import { findJsonProblem } from './jsonBodyGuard';

describe('findJsonProblem', () => {
  it('accepts ordinary bodies, Hangul and emoji included', () => {
    expect(findJsonProblem({ name: '장바구니 😀', list: [1, 'a', null, { b: true }] })).toBeUndefined();
  });

  it('names the place of a NUL character in a value or a key', () => {
    expect(findJsonProblem({ a: [{ b: 'x\u0000' }] })).toBe('Text at $.a[0].b contains a NUL character');
    expect(findJsonProblem({ 'k\u0000': 1 })).toBe('A key in $ contains a NUL character');
  });

  it('finds unpaired surrogates but keeps paired ones', () => {
    expect(findJsonProblem({ a: '\ud800x' })).toBe('Text at $.a contains an unpaired surrogate');
    expect(findJsonProblem({ a: 'x\udfff' })).toBe('Text at $.a contains an unpaired surrogate');
    expect(findJsonProblem({ a: '\ud83d\ude00' })).toBeUndefined();
  });

  it('walks any depth without recursing', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(findJsonProblem(deep)).toMatch('contains a NUL character');
  });
});
