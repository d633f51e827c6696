import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import { checkSegmentReferences, referencedSegments } from './segmentReferences';

const graph = (edges: Record<string, string[]>) =>
  new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));

describe('segment references', () => {
  it('collects references from every place a condition can hold one', () => {
    const refs = referencedSegments({
      all: [
        { segment: 'a', in: true },
        { not: { segment: 'b', in: false } },
        { event: 'purchase', where: { any: [{ segment: 'c', in: true }] } },
      ],
    });
    expect([...refs].sort()).toEqual(['a', 'b', 'c']);
  });

  it('refuses a direct and an indirect cycle, naming the loop', () => {
    expect(checkSegmentReferences('a', graph({ a: ['a'] }))).toEqual({ ok: false, cycle: ['a', 'a'] });
    expect(checkSegmentReferences('a', graph({ a: ['b'], b: ['c'], c: ['a'] }))).toEqual({
      ok: false,
      cycle: ['a', 'b', 'c', 'a'],
    });
  });

  it('accepts diamonds and leaves older cycles elsewhere alone', () => {
    expect(
      checkSegmentReferences('a', graph({ a: ['b', 'c'], b: ['d'], c: ['d'], x: ['y'], y: ['x'] })),
    ).toEqual({ ok: true });
  });

  it('counts chains through the saved segment both ways against the cap', () => {
    const chain: Record<string, string[]> = {};
    for (let i = 0; i < LIMITS.segmentReferenceDepth; i++) chain[`s${i}`] = [`s${i + 1}`];
    expect(checkSegmentReferences('s3', graph(chain))).toEqual({ ok: true });
    chain[`s${LIMITS.segmentReferenceDepth}`] = ['extra'];
    expect(checkSegmentReferences('s3', graph(chain))).toEqual({
      ok: false,
      tooDeep: LIMITS.segmentReferenceDepth + 1,
    });
  });

  it('is linear on a wide layered graph (no path enumeration)', () => {
    const edges: Record<string, string[]> = {};
    const width = 200;
    for (let layer = 0; layer < 5; layer++) {
      for (let i = 0; i < width; i++)
        edges[`l${layer}_${i}`] = Array.from({ length: width }, (_, j) => `l${layer + 1}_${j}`);
    }
    edges.top = Array.from({ length: width }, (_, j) => `l0_${j}`);
    expect(checkSegmentReferences('top', graph(edges))).toEqual({ ok: true });
  });
});
