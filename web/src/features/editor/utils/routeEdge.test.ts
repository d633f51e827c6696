import { describe, expect, it } from 'vitest';
import { obstacleIndex } from './obstacleIndex';
import { type Box, defaultShape, polylineHitsBoxes, roundedPath, routeAround } from './routeEdge';

const W = 240;
const H = 84;
const box = (x: number, y: number): Box => ({ x, y, width: W, height: H });
/** Bottom handle of a node at (x, y) and top handle of one. */
const out = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height });
const into = (b: Box) => ({ x: b.x + b.width / 2, y: b.y });

describe('routeAround', () => {
  // Issue 16 "edges routed around nodes": A → C with B right between them.
  it('routes an edge between two nodes around a third node in between', () => {
    const a = box(0, 0);
    const b = box(0, 200);
    const c = box(0, 400);
    expect(polylineHitsBoxes(defaultShape(out(a), into(c)), [b], 0)).toBe(true);
    const route = routeAround(out(a), into(c), [b]);
    expect(route).not.toBeNull();
    expect(polylineHitsBoxes(route ?? [], [b], 0)).toBe(false);
    expect(route?.[0]).toEqual(out(a));
    expect(route?.[route.length - 1]).toEqual(into(c));
    // Orthogonal: every segment is horizontal or vertical.
    for (let i = 1; i < (route?.length ?? 0); i++) {
      const p = route?.[i];
      const q = route?.[i - 1];
      expect(p?.x === q?.x || p?.y === q?.y).toBe(true);
    }
  });

  it('keeps the plain shape when nothing is in the way', () => {
    expect(routeAround(out(box(0, 0)), into(box(300, 400)), [box(700, 200)])).toBeNull();
  });

  it('finds a way past a row of nodes in between', () => {
    const row = [box(-300, 200), box(0, 200), box(300, 200)];
    const route = routeAround(out(box(0, 0)), into(box(0, 400)), row);
    expect(route).not.toBeNull();
    expect(polylineHitsBoxes(route ?? [], row, 0)).toBe(false);
  });

  it('routes a loop back up (target above the source) around the nodes between', () => {
    const b = box(0, 200);
    const route = routeAround(out(box(0, 400)), into(box(0, 0)), [b]);
    expect(route).not.toBeNull();
    expect(polylineHitsBoxes(route ?? [], [b], 0)).toBe(false);
  });

  it('gives up (plain shape) instead of doing unbounded work among very many nodes', () => {
    const crowd = Array.from({ length: 100 }, (_, i) =>
      box((i % 10) * 10 - 50, 150 + Math.floor(i / 10) * 10),
    );
    expect(routeAround(out(box(0, 0)), into(box(0, 400)), crowd)).toBeNull();
  });
});

describe('roundedPath', () => {
  it('draws the path through the points and puts the label halfway along it', () => {
    const { path, labelX, labelY } = roundedPath([
      { x: 0, y: 0 },
      { x: 0, y: 100 },
      { x: 100, y: 100 },
    ]);
    expect(path.startsWith('M 0,0')).toBe(true);
    expect(path.endsWith('L 100,100')).toBe(true);
    expect({ labelX, labelY }).toEqual({ labelX: 0, labelY: 100 });
  });
});

describe('obstacleIndex', () => {
  const node = (id: string, x: number, y: number) => ({ id, position: { x, y } });

  it('finds the nodes near an edge except its own ends, once per nodes array', () => {
    const nodes = [node('a', 0, 0), node('b', 0, 200), node('c', 0, 400), node('far', 5_000, 5_000)];
    const index = obstacleIndex(nodes);
    expect(obstacleIndex(nodes)).toBe(index);
    const near = index?.near({ x: 120, y: 84 }, { x: 120, y: 400 }, ['a', 'c']) ?? [];
    expect(near).toEqual([{ id: 'b', x: 0, y: 200, width: 240, height: 84 }]);
  });

  it('routes 1,000 edges of a 1,000-node column quickly', () => {
    const nodes = Array.from({ length: 1_000 }, (_, i) =>
      node(`n${i}`, (i % 3) * 300, Math.floor(i / 3) * 200),
    );
    const index = obstacleIndex(nodes);
    const started = performance.now();
    for (let i = 0; i + 6 < nodes.length; i++) {
      const s = nodes[i] as (typeof nodes)[number];
      const t = nodes[i + 6] as (typeof nodes)[number];
      const from = { x: s.position.x + 120, y: s.position.y + 84 };
      const to = { x: t.position.x + 120, y: t.position.y };
      routeAround(from, to, index?.near(from, to, [s.id, t.id]) ?? []);
    }
    // Generous for a loaded machine; the real cost is a few milliseconds.
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
