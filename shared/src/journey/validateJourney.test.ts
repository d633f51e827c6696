import { describe, expect, it } from 'vitest';
import { codes, edge, entry, exit, issuesOf, node, smsInfo } from './fixtures/rawGraphBuilders';
import { seedJourneys } from './fixtures/seedJourneys';
import { nodeTypes } from './nodeRegistry';
import { createValidationCache, validateJourney } from './validateJourney';

describe('validateJourney', () => {
  it.each(seedJourneys.map((seed) => [seed.key, seed.journey] as const))(
    'accepts the seed journey %s without errors',
    (_key, journey) => {
      const { graph, settings } = journey as { graph: unknown; settings: unknown };
      const result = validateJourney(graph, settings, { segments: [{ id: 'seg_churn_risk' }] });
      expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
      expect(result.valid).toBe(true);
    },
  );

  it('accepts a minimal journey, and an unconnected next (it means exit)', () => {
    expect(validateJourney({ nodes: [entry], edges: [] })).toEqual({ valid: true, issues: [] });
    const graph = {
      nodes: [entry, node('s', 'send', smsInfo('안녕하세요'))],
      edges: [edge('e1', 'entry', 's')],
    };
    expect(validateJourney(graph)).toEqual({ valid: true, issues: [] });
  });

  it('defaults a missing sourceHandle to next', () => {
    const graph = { nodes: [entry, exit], edges: [{ id: 'e1', source: 'entry', target: 'exit' }] };
    expect(validateJourney(graph).valid).toBe(true);
  });

  it('reports malformed input instead of throwing', () => {
    expect(codes(null)).toEqual(['invalid_graph']);
    expect(codes({ nodes: 'x', edges: [] })).toEqual(['invalid_graph']);
    expect(codes({ nodes: [entry, { type: 'exit' }], edges: [{ source: 'entry' }] })).toEqual([
      'invalid_node',
      'invalid_edge',
    ]);
  });

  describe('entry rules', () => {
    it('no_entry on an empty journey and on one without an entry step', () => {
      expect(codes({ nodes: [], edges: [] })).toEqual(['no_entry']);
      expect(codes({ nodes: [exit], edges: [] })).toEqual(['no_entry']);
    });

    it('multiple_entries flags every entry step', () => {
      const graph = { nodes: [entry, node('entry2', 'entry.segment', { segmentId: 's' })], edges: [] };
      expect(issuesOf(graph, 'multiple_entries').map((i) => i.nodeId)).toEqual(['entry', 'entry2']);
    });

    it('edge_into_entry', () => {
      const graph = {
        nodes: [entry, node('wait', 'wait.duration', { seconds: 60 })],
        edges: [edge('e1', 'entry', 'wait'), edge('e2', 'wait', 'entry')],
      };
      expect(issuesOf(graph, 'edge_into_entry')).toMatchObject([{ edgeId: 'e2', nodeId: 'entry' }]);
    });
  });

  it('unreachable_node', () => {
    const graph = {
      nodes: [entry, exit, node('orphan', 'exit', {}, '고아')],
      edges: [edge('e1', 'entry', 'exit')],
    };
    const issues = issuesOf(graph, 'unreachable_node');
    expect(issues).toMatchObject([{ nodeId: 'orphan', severity: 'error' }]);
    expect(issues[0]!.message).toContain('"고아"');
  });

  describe('cycle_without_wait', () => {
    const cond = { condition: { attribute: 'grade', op: 'eq', value: 'VIP' } };

    it('flags a loop of instant steps', () => {
      const graph = {
        nodes: [entry, node('c', 'condition', cond), node('u', 'update', { set: { a: 1 } })],
        edges: [
          edge('e1', 'entry', 'c'),
          edge('e2', 'c', 'u', 'yes'),
          edge('e3', 'c', 'exit', 'no'),
          edge('e4', 'u', 'c'),
        ],
      };
      graph.nodes.push(exit);
      expect(
        issuesOf(graph, 'cycle_without_wait')
          .map((i) => i.nodeId)
          .sort(),
      ).toEqual(['c', 'u']);
    });

    it('flags a self-loop of an instant step', () => {
      const graph = {
        nodes: [entry, node('u', 'update', { set: { a: 1 } })],
        edges: [edge('e1', 'entry', 'u'), edge('e2', 'u', 'u')],
      };
      expect(issuesOf(graph, 'cycle_without_wait')[0]!.message).toContain('itself');
    });

    it('accepts a loop through a wait step', () => {
      const graph = {
        nodes: [entry, node('c', 'condition', cond), node('w', 'wait.duration', { seconds: 3600 }), exit],
        edges: [
          edge('e1', 'entry', 'c'),
          edge('e2', 'c', 'w', 'yes'),
          edge('e3', 'c', 'exit', 'no'),
          edge('e4', 'w', 'c'),
        ],
      };
      expect(validateJourney(graph)).toEqual({ valid: true, issues: [] });
    });
  });

  it('duplicate_node_id and duplicate_edge_id', () => {
    const graph = {
      nodes: [entry, exit, node('exit', 'exit')],
      edges: [edge('e1', 'entry', 'exit'), edge('e1', 'entry', 'exit')],
    };
    expect(codes(graph)).toEqual(['duplicate_node_id', 'duplicate_edge_id']);
  });

  it('unknown_node_type', () => {
    expect(codes({ nodes: [entry, node('x', 'wait.forever')], edges: [edge('e1', 'entry', 'x')] })).toEqual([
      'unknown_node_type',
    ]);
  });

  it('split_percent_sum', () => {
    const split = (a: number, b: number) => ({
      nodes: [
        entry,
        node('r', 'split.random', {
          branches: [
            { id: 'a', label: 'A', percent: a },
            { id: 'b', label: 'B', percent: b },
          ],
        }),
        exit,
      ],
      edges: [edge('e1', 'entry', 'r'), edge('e2', 'r', 'exit', 'a'), edge('e3', 'r', 'exit', 'b')],
    });
    expect(codes(split(50, 50))).toEqual([]);
    expect(issuesOf(split(60, 50), 'split_percent_sum')[0]!.message).toContain('add up to 110%');
  });

  it('runs node-level semantic checks (wait.until needs a fixed date or an attribute)', () => {
    const graph = (settings: unknown) => ({
      nodes: [entry, node('w', 'wait.until', settings)],
      edges: [edge('e1', 'entry', 'w')],
    });
    expect(codes(graph({ attribute: 'contract_ends_at', offsetSeconds: -86400 }))).toEqual([]);
    expect(codes(graph({ at: '2026-12-24T10:00:00+09:00' }))).toEqual([]);
    expect(codes(graph({}))).toEqual(['wait_until_target']);
    expect(codes(graph({ at: '2026-12-24T10:00:00+09:00', attribute: 'x' }))).toEqual(['wait_until_target']);
  });

  it('passes the journey timezone and the clock to node checks', () => {
    const graph = {
      nodes: [node('entry', 'entry.schedule', { segmentId: 's', at: '2026-12-24T09:00' })],
      edges: [],
    };
    const now = new Date('2026-12-24T00:30:00Z');
    expect(codes(graph, { timezone: 'Asia/Seoul' }, { now })).toEqual(['schedule_in_past']);
    expect(codes(graph, { timezone: 'America/New_York' }, { now })).toEqual([]);
  });

  it('checks segments against the workspace context', () => {
    const graph = {
      nodes: [node('entry', 'entry.segment', { segmentId: 'seg_x', includeExisting: true })],
      edges: [],
    };
    expect(codes(graph, undefined, { segments: [{ id: 'seg_x' }] })).toEqual([]);
    expect(codes(graph, undefined, { segments: [{ id: 'seg_y' }] })).toEqual(['segment_not_found']);
  });

  it('invalid_journey_settings names the field', () => {
    const graph = { nodes: [entry], edges: [] };
    expect(codes(graph, { timezone: 'Asia/Seoul', reentry: { mode: 'never' } })).toEqual([]);
    const issues = validateJourney(graph, { timezone: 'Mars/Olympus' }).issues;
    expect(issues).toMatchObject([{ code: 'invalid_journey_settings', field: 'timezone' }]);
    expect(issues[0]!.message).toContain('IANA timezone');
  });
});

describe('validateJourney robustness', () => {
  // Every registered type (entry.api included): a new type is covered without listing it here.
  const types = nodeTypes;
  const garbage: unknown[] = [
    null,
    [],
    'x',
    42,
    { branches: 'x' },
    { branches: [null, { id: 5 }] },
    { condition: { all: [null] } },
    { channel: 'sms', content: null },
    { set: null },
  ];

  it.each(types)('never throws on garbage settings of %s', (type) => {
    for (const settings of garbage) {
      const graph = {
        nodes: [node('x', type, settings), entry],
        edges: [edge('e1', 'x', 'entry'), edge('e2', 'entry', 'x')],
      };
      expect(() => validateJourney(graph)).not.toThrow();
      expect(validateJourney(graph).valid).toBe(false);
    }
  });
});

describe('validateJourney cache', () => {
  it('reuses the parse of a settings object it has seen, and re-parses replaced ones', () => {
    const cache = createValidationCache();
    const settings = { event: 'signup' };
    const graph = { nodes: [node('entry', 'entry.event', settings)], edges: [] };
    expect(validateJourney(graph, undefined, {}, { cache }).valid).toBe(true);
    // In-place mutation is invisible to the cache: that is the contract (replace, don't mutate).
    settings.event = '';
    expect(validateJourney(graph, undefined, {}, { cache }).valid).toBe(true);
    expect(validateJourney(graph).valid).toBe(false);
    // A replaced settings object is parsed afresh.
    const replaced = { nodes: [node('entry', 'entry.event', { event: '' })], edges: [] };
    expect(validateJourney(replaced, undefined, {}, { cache }).valid).toBe(false);
  });

  it('does not reuse a parse across node types', () => {
    const cache = createValidationCache();
    const shared = {};
    expect(
      validateJourney(
        { nodes: [entry, node('x', 'exit', shared)], edges: [edge('e1', 'entry', 'x')] },
        undefined,
        {},
        { cache },
      ).valid,
    ).toBe(true);
    const asWait = { nodes: [entry, node('x', 'wait.duration', shared)], edges: [edge('e1', 'entry', 'x')] };
    expect(codes(asWait, undefined)).toEqual(['invalid_settings']);
    expect(validateJourney(asWait, undefined, {}, { cache }).issues.map((i) => i.code)).toEqual([
      'invalid_settings',
    ]);
  });
});
