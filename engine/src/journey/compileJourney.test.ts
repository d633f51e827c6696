import { journeyGraphSchema } from '@journeyflow/shared/journey/graph';
import { describe, expect, it } from 'vitest';
import fixture from './browseAbandonment.fixture.json';
import { compileJourney } from './compileJourney';

const graph = journeyGraphSchema.parse(fixture.graph);

describe('compileJourney', () => {
  it('starts on the entry node and routes handles along the edges, counting visits', () => {
    const journey = compileJourney(graph);
    const started = journey.start();
    expect(started.snapshot).toEqual({ node: 'entry', visits: { entry: 1 } });
    expect(started.effects).toEqual([{ type: 'enter', nodeId: 'entry' }]);
    const coupon = journey.route(started.snapshot, 'next');
    expect(coupon.snapshot.node).toBe('coupon');
    const wait = journey.route(coupon.snapshot, 'next');
    expect(journey.route(wait.snapshot, 'matched').snapshot.node).toBe('converted');
    const similar = journey.route(wait.snapshot, 'timeout');
    expect(similar.snapshot).toEqual({
      node: 'similar',
      visits: { entry: 1, coupon: 1, wait: 1, similar: 1 },
    });
    expect(similar.effects).toEqual([{ type: 'enter', nodeId: 'similar' }]);
  });

  it('is pure: routing the same snapshot twice gives the same result', () => {
    const journey = compileJourney(graph);
    const { snapshot } = journey.start();
    expect(journey.route(snapshot, 'next')).toEqual(journey.route(snapshot, 'next'));
    expect(snapshot).toEqual({ node: 'entry', visits: { entry: 1 } });
  });

  it('ends the run on an unconnected handle and ignores unknown handles', () => {
    const journey = compileJourney(graph);
    const coupon = journey.route(journey.start().snapshot, 'next');
    // `failed` exists on send nodes but is not connected here.
    expect(journey.route(coupon.snapshot, 'failed').snapshot.node).toBe('__end');
    expect(journey.route(coupon.snapshot, 'bogus').snapshot.node).toBe('coupon');
  });

  it('keeps node ids with dots intact', () => {
    const journey = compileJourney({
      nodes: [
        { id: 'a.b', type: 'entry.event', position: { x: 0, y: 0 }, settings: { event: 'x' } },
        { id: 'c.d', type: 'exit', position: { x: 0, y: 0 }, settings: {} },
      ],
      edges: [{ id: 'e', source: 'a.b', sourceHandle: 'next', target: 'c.d' }],
    });
    expect(journey.route(journey.start().snapshot, 'next').snapshot.node).toBe('c.d');
  });

  it('memoized routing equals XState transition for every node and handle', () => {
    const journey = compileJourney(graph);
    for (const node of graph.nodes) {
      for (const handle of ['next', 'matched', 'timeout', 'failed', 'yes', 'bogus']) {
        const snapshot = { node: node.id, visits: { entry: 1, [node.id]: 2 } };
        expect(journey.route(snapshot, handle)).toEqual(journey.rawRoute(snapshot, handle));
        expect(journey.route(snapshot, handle)).toEqual(journey.rawRoute(snapshot, handle));
      }
    }
  });

  it('memoized start equals XState initial transition, and each start gets its own snapshot', () => {
    const journey = compileJourney(graph);
    const first = journey.start();
    expect(first).toEqual(journey.rawStart());
    first.snapshot.visits.entry = 99;
    first.effects.push({ type: 'enter', nodeId: 'coupon' });
    const second = journey.start();
    expect(second).toEqual(journey.rawStart());
    expect(second).toEqual({
      snapshot: { node: 'entry', visits: { entry: 1 } },
      effects: [{ type: 'enter', nodeId: 'entry' }],
    });
  });
});
