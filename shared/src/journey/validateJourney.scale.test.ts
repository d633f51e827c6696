import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import { validateJourney } from './validateJourney';

const at = { x: 0, y: 0 };
const EDGES = 20_000;

const countCodes = (graph: unknown) => {
  const counts = new Map<string, number>();
  for (const issue of validateJourney(graph).issues)
    counts.set(issue.code, (counts.get(issue.code) ?? 0) + 1);
  return counts;
};

/** Wall time of `run`; the bound below is >10× what the linear pass needs on a loaded CI core. */
const timed = (run: () => void): number => {
  const started = performance.now();
  run();
  return performance.now() - started;
};

describe('validateJourney on huge graphs (linear in edges)', () => {
  it('20,000 edges out of one handle: each extra edge reported once, in well under a second', () => {
    // Few steps, many edges: the time measured is the edge passes (quadratic before: ~90 s).
    const nodes = [
      { id: 'entry', type: 'entry.event', position: at, settings: { event: 'signup' } },
      { id: 'exit', type: 'exit', position: at, settings: {} },
    ];
    const edges = Array.from({ length: EDGES }, (_, i) => ({
      id: `e${i}`,
      source: 'entry',
      sourceHandle: 'next',
      target: 'exit',
    }));
    let counts = new Map<string, number>();
    const ms = timed(() => {
      counts = countCodes({ nodes, edges });
    });
    expect(counts.get('handle_multiple_edges')).toBe(EDGES - 1);
    expect(counts.get('limit_exceeded')).toBe(1);
    expect(ms).toBeLessThan(1_000);
  });

  it('20,000 steps fanned out of one handle: checked, with both size caps reported', () => {
    const nodes = [
      { id: 'entry', type: 'entry.event', position: at, settings: { event: 'signup' } as object },
    ];
    const edges = [];
    for (let i = 0; i < EDGES; i++) {
      nodes.push({ id: `x${i}`, type: 'exit', position: at, settings: {} });
      edges.push({ id: `e${i}`, source: 'entry', sourceHandle: 'next', target: `x${i}` });
    }
    const counts = countCodes({ nodes, edges });
    expect(counts.get('handle_multiple_edges')).toBe(EDGES - 1);
    expect(counts.get('limit_exceeded')).toBe(2);
    expect(counts.get('unreachable_node')).toBeUndefined();
  }, 30_000);

  it('a ring of 20,000 instant steps is one loop without a wait, found without deep recursion', () => {
    const nodes: unknown[] = [
      { id: 'entry', type: 'entry.event', position: at, settings: { event: 'signup' } },
    ];
    const edges = [{ id: 'in', source: 'entry', sourceHandle: 'next', target: 'u0' }];
    for (let i = 0; i < EDGES; i++) {
      nodes.push({ id: `u${i}`, type: 'update', position: at, settings: { set: {} } });
      edges.push({ id: `r${i}`, source: `u${i}`, sourceHandle: 'next', target: `u${(i + 1) % EDGES}` });
    }
    const result = validateJourney({ nodes, edges });
    const loops = result.issues.filter((issue) => issue.code === 'cycle_without_wait');
    expect(loops).toHaveLength(EDGES);
    // One summarized message shared by the loop's steps, not 20,000 copies of 20,000 names.
    expect(loops[0]!.message.length).toBeLessThan(2_000);
  }, 30_000);

  it('a graph at the caps is not reported as too large', () => {
    const nodes: unknown[] = [
      { id: 'entry', type: 'entry.event', position: at, settings: { event: 'signup' } },
    ];
    const edges = [];
    for (let i = 1; i < LIMITS.graphNodes; i++) {
      nodes.push({ id: `w${i}`, type: 'wait.duration', position: at, settings: { seconds: 60 } });
      edges.push({
        id: `e${i}`,
        source: i === 1 ? 'entry' : `w${i - 1}`,
        sourceHandle: 'next',
        target: `w${i}`,
      });
    }
    const result = validateJourney({ nodes, edges });
    expect(result.issues.filter((issue) => issue.code === 'limit_exceeded')).toEqual([]);
    expect(result.valid).toBe(true);
  });
});
