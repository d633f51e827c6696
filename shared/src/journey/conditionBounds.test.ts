import { describe, expect, it } from 'vitest';
import { LIMITS, parseStored, STORED_CONDITION_DEPTH } from '../limits';
import { conditionSchema } from './condition';
import { journeyGraphSchema } from './graph';

const leaf = { attribute: 'grade', op: 'eq', value: 'VIP' };

/** Nested `not`s written as text and parsed, as a request body would arrive (no recursion to build it). */
const nestedNot = (depth: number): unknown =>
  JSON.parse(`${'{"not":'.repeat(depth)}${JSON.stringify(leaf)}${'}'.repeat(depth)}`);

const limitOf = (input: unknown) => {
  const result = conditionSchema.safeParse(input);
  if (result.success) return undefined;
  return result.error.issues.map((issue) => (issue as { params?: unknown }).params).find(Boolean);
};

describe('condition caps', () => {
  it('accepts a condition at the depth cap', () => {
    expect(conditionSchema.safeParse(nestedNot(LIMITS.conditionDepth - 1)).success).toBe(true);
  });

  it.each([LIMITS.conditionDepth, 2_000, 100_000])(
    'refuses %i levels of nesting without overflowing',
    (depth) => {
      expect(limitOf(nestedNot(depth))).toEqual({ limit: 'conditionDepth', max: LIMITS.conditionDepth });
    },
  );

  it('counts an event where as a level', () => {
    let where: unknown = leaf;
    for (let i = 0; i < LIMITS.conditionDepth; i++) where = { event: 'purchase', where };
    expect(limitOf(where)).toEqual({ limit: 'conditionDepth', max: LIMITS.conditionDepth });
  });

  it('refuses too many leaves, also split over nested groups', () => {
    const half = Array.from({ length: LIMITS.conditionLeaves / 2 + 1 }, () => leaf);
    expect(limitOf({ all: [{ any: half }, { any: half }] })).toEqual({
      limit: 'conditionLeaves',
      max: LIMITS.conditionLeaves,
    });
    expect(conditionSchema.safeParse({ all: [{ any: half.slice(1) }, { any: half.slice(1) }] }).success).toBe(
      true,
    );
  });

  it('refuses an in list over the cap (a 70,000-value list never reaches SQL)', () => {
    const values = (n: number) => Array.from({ length: n }, (_, i) => `v${i}`);
    expect(limitOf({ attribute: 'grade', op: 'in', value: values(70_000) })).toEqual({
      limit: 'inListLength',
      max: LIMITS.inListLength,
    });
    expect(
      conditionSchema.safeParse({ attribute: 'grade', op: 'in', value: values(LIMITS.inListLength) }).success,
    ).toBe(true);
  });

  it('caps nested conditions inside a deeper structure too', () => {
    const deepInside = { all: [leaf, { any: [nestedNot(5_000)] }] };
    expect(limitOf(deepInside)).toEqual({ limit: 'conditionDepth', max: LIMITS.conditionDepth });
  });

  it('refuses the same over-cap object every time it is parsed (a refused one is never marked measured)', () => {
    const deep = nestedNot(3_000);
    const huge = {
      all: [leaf, { attribute: 'grade', op: 'in', value: Array.from({ length: 20_000 }, () => 'x') }],
    };
    for (let i = 0; i < 2; i++) {
      expect(limitOf(deep)).toEqual({ limit: 'conditionDepth', max: LIMITS.conditionDepth });
      expect(limitOf(huge)).toEqual({ limit: 'inListLength', max: LIMITS.inListLength });
    }
  });

  it('reads stored data (published before a cap) without the size caps, but never past the safe depth', () => {
    const huge = { attribute: 'grade', op: 'in', value: Array.from({ length: 20_000 }, (_, i) => `v${i}`) };
    const branches = Array.from({ length: LIMITS.splitBranches + 10 }, (_, i) => ({
      id: `b${i}`,
      label: `B${i}`,
      condition: huge,
    }));
    const graph = {
      nodes: [
        { id: 'entry', type: 'entry.event', position: { x: 0, y: 0 }, settings: { event: 'go' } },
        { id: 'split', type: 'split.multi', position: { x: 0, y: 0 }, settings: { branches } },
      ],
      edges: [{ id: 'e', source: 'entry', target: 'split' }],
    };
    expect(journeyGraphSchema.safeParse(graph).success).toBe(false);
    expect(parseStored(() => journeyGraphSchema.safeParse(graph)).success).toBe(true);
    expect(parseStored(() => conditionSchema.safeParse(nestedNot(STORED_CONDITION_DEPTH + 1))).success).toBe(
      false,
    );
    expect(parseStored(() => conditionSchema.safeParse(nestedNot(LIMITS.conditionDepth + 5))).success).toBe(
      true,
    );
    // Caps apply again outside, also to the very same objects.
    expect(journeyGraphSchema.safeParse(graph).success).toBe(false);
  });
});
