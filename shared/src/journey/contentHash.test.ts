import { describe, expect, it } from 'vitest';
import { journeyContentHash } from './contentHash';
import { seedJourneys } from './fixtures/seedJourneys';
import type { JourneyGraph } from './graph';

const { graph, settings } = seedJourneys[0]!.journey as { graph: JourneyGraph; settings: unknown };
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('journeyContentHash', () => {
  it('is a stable hex SHA-256', () => {
    const hash = journeyContentHash(graph, settings);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(journeyContentHash(clone(graph), clone(settings))).toBe(hash);
  });

  it('ignores node positions, key order and node/edge order', () => {
    const moved = clone(graph);
    moved.nodes[0]!.position = { x: 500, y: -20 };
    moved.nodes.reverse();
    moved.edges.reverse();
    const reordered = {
      quietHours: (settings as Record<string, unknown>).quietHours,
      ...(settings as object),
    };
    expect(journeyContentHash(moved, reordered)).toBe(journeyContentHash(graph, settings));
  });

  it('treats a missing sourceHandle as next', () => {
    const withDefault = clone(graph);
    const edge = withDefault.edges[0]! as { sourceHandle?: string };
    expect(edge.sourceHandle).toBe('next');
    delete edge.sourceHandle;
    expect(journeyContentHash(withDefault, settings)).toBe(journeyContentHash(graph, settings));
  });

  it('changes with settings, labels, node settings and edges', () => {
    const base = journeyContentHash(graph, settings);
    expect(journeyContentHash(graph, { ...(settings as object), holdoutPercent: 5 })).not.toBe(base);
    const relabeled = clone(graph);
    relabeled.nodes[0]!.label = '다른 이름';
    expect(journeyContentHash(relabeled, settings)).not.toBe(base);
    const edited = clone(graph);
    (edited.nodes[1]!.settings as { content: { text: string } }).content.text = '(광고) 바뀐 문구';
    expect(journeyContentHash(edited, settings)).not.toBe(base);
    const rewired = clone(graph);
    rewired.edges[2]!.target = 'exit';
    expect(journeyContentHash(rewired, settings)).not.toBe(base);
  });

  it('covers pinned template content, and stays graph + settings without pins', () => {
    const base = journeyContentHash(graph, settings);
    expect(journeyContentHash(graph, settings, { templates: {}, alimtalk: {} })).toBe(base);
    const pin = (text: string) => ({
      templates: { tpl_1: { version: 1, name: 'T', channel: 'sms', purpose: 'info', content: { text } } },
      alimtalk: {},
    });
    const pinned = journeyContentHash(graph, settings, pin('hello'));
    expect(pinned).not.toBe(base);
    expect(journeyContentHash(graph, settings, pin('hello, edited'))).not.toBe(pinned);
  });
});
