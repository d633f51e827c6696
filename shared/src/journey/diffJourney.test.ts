import { describe, expect, it } from 'vitest';
import { diffJourney, diffValues } from './diffJourney';
import { seedJourneys } from './fixtures/seedJourneys';
import type { JourneyGraph } from './graph';
import { journeyDiffSchema } from './journeyDiffSchema';

const seed = seedJourneys.find((s) => s.key === 'dormant-reactivation')!.journey as {
  graph: JourneyGraph;
  settings: Record<string, unknown>;
};
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('diffJourney', () => {
  it('finds nothing between equal journeys, even with edge ids renumbered', () => {
    const copy = clone(seed);
    copy.graph.edges.forEach((edge, i) => {
      edge.id = `x${i}`;
    });
    expect(diffJourney(seed, copy)).toEqual({
      nodes: { added: [], removed: [], changed: [] },
      edges: { added: [], removed: [] },
      settings: [],
      templates: [],
    });
  });

  it('shows a pinned template text change, so reviewers see what customers would read', () => {
    const pin = (text: string, version: number) => ({
      templates: { tpl_1: { version, name: 'Thanks', channel: 'sms', purpose: 'info', content: { text } } },
      alimtalk: {},
    });
    const diff = diffJourney(
      { ...seed, pinned: pin('old text', 1) },
      { ...seed, pinned: pin('new text', 2) },
    );
    expect(diff.templates).toEqual([
      { path: 'templates.tpl_1.content.text', before: 'old text', after: 'new text' },
      { path: 'templates.tpl_1.version', before: 1, after: 2 },
    ]);
    expect(diff.nodes.changed).toEqual([]);
  });

  it('reports added and removed nodes and edges', () => {
    const next = clone(seed);
    next.graph.nodes = next.graph.nodes.filter((node) => node.id !== 'reminder');
    next.graph.nodes.push({ id: 'sms2', type: 'exit', position: { x: 1, y: 2 }, settings: {} });
    next.graph.edges = next.graph.edges.filter(
      (edge) => edge.source !== 'reminder' && edge.target !== 'reminder',
    );
    next.graph.edges.push({ id: 'new', source: 'wait', sourceHandle: 'next', target: 'exit' });
    const diff = diffJourney(seed, next);
    expect(diff.nodes.added.map((n) => n.id)).toEqual(['sms2']);
    expect(diff.nodes.removed.map((n) => n.id)).toEqual(['reminder']);
    expect(diff.edges.added).toEqual([{ id: 'new', source: 'wait', sourceHandle: 'next', target: 'exit' }]);
    expect(diff.edges.removed.map((e) => e.id).sort()).toEqual(['e8', 'e9']);
    expect(journeyDiffSchema.safeParse(diff).success).toBe(true);
  });

  it('reports changed node fields with paths, before and after', () => {
    const next = clone(seed);
    const offer = next.graph.nodes.find((node) => node.id === 'offer_a')!;
    offer.label = '적립금 7,000원';
    (offer.settings as { content: { text: string } }).content.text = '(광고) 7,000원';
    const diff = diffJourney(seed, next);
    expect(diff.nodes.changed).toEqual([
      {
        nodeId: 'offer_a',
        changes: [
          { path: 'label', before: '적립금 5,000원', after: '적립금 7,000원' },
          {
            path: 'settings.content.text',
            before: expect.stringContaining('5,000원') as unknown as string,
            after: '(광고) 7,000원',
          },
        ],
      },
    ]);
  });

  it('compares split branches by id', () => {
    const next = clone(seed);
    const ab = next.graph.nodes.find((node) => node.id === 'ab')!;
    (ab.settings as { branches: { percent: number }[] }).branches[0]!.percent = 70;
    (ab.settings as { branches: { percent: number }[] }).branches[1]!.percent = 30;
    expect(diffJourney(seed, next).nodes.changed[0]!.changes).toEqual([
      { path: 'settings.branches[a].percent', before: 50, after: 70 },
      { path: 'settings.branches[b].percent', before: 50, after: 30 },
    ]);
  });

  it('ignores moved nodes unless asked for positions', () => {
    const next = clone(seed);
    next.graph.nodes[0]!.position = { x: 10, y: 0 };
    expect(diffJourney(seed, next).nodes.changed).toEqual([]);
    expect(diffJourney(seed, next, { positions: true }).nodes.changed).toEqual([
      { nodeId: 'entry', changes: [{ path: 'position.x', before: 0, after: 10 }] },
    ]);
  });

  it('reports settings changes, and everything as added against nothing', () => {
    const next = clone(seed);
    next.settings.holdoutPercent = 10;
    delete next.settings.quietHours;
    expect(diffJourney(seed, next).settings).toEqual([
      { path: 'holdoutPercent', before: undefined, after: 10 },
      { path: 'quietHours', before: { start: '21:00', end: '08:00', behavior: 'delay' }, after: undefined },
    ]);
    const first = diffJourney(null, seed);
    expect(first.nodes.added).toHaveLength(seed.graph.nodes.length);
    expect(first.edges.added).toHaveLength(seed.graph.edges.length);
  });

  it('survives JSON: values missing on one side parse back (first version, removed settings)', () => {
    const next = clone(seed);
    delete next.settings.quietHours;
    for (const diff of [diffJourney(null, seed), diffJourney(seed, next)]) {
      const overTheWire = JSON.parse(JSON.stringify(diff));
      expect(journeyDiffSchema.safeParse(overTheWire).success).toBe(true);
    }
  });

  it('diffValues treats lists without ids as one value', () => {
    expect(diffValues({ to: ['VIP'] }, { to: ['VIP', 'Gold'] })).toEqual([
      { path: 'to', before: ['VIP'], after: ['VIP', 'Gold'] },
    ]);
  });
});
