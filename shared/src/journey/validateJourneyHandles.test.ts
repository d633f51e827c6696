import { describe, expect, it } from 'vitest';
import { edge, entry, exit, issuesOf, node, smsInfo } from './fixtures/rawGraphBuilders';
import { validateJourney } from './validateJourney';

describe('validateJourney', () => {
  describe('handles', () => {
    it('handle_unconnected for condition yes/no, wait.event matched/timeout and split branches', () => {
      const graph = {
        nodes: [
          entry,
          node('c', 'condition', { condition: { segment: 'vip', in: true } }, '고가치 고객?'),
          node('w', 'wait.event', { event: 'purchase', timeoutSeconds: 60 }),
          node('r', 'split.random', {
            branches: [
              { id: 'a', label: 'A안', percent: 50 },
              { id: 'b', label: 'B안', percent: 50 },
            ],
          }),
          node('m', 'split.multi', {
            branches: [{ id: 'vip', label: 'VIP', condition: { segment: 'vip', in: true } }],
          }),
          exit,
        ],
        edges: [
          edge('e1', 'entry', 'c'),
          edge('e2', 'c', 'w', 'yes'),
          edge('e3', 'w', 'r', 'matched'),
          edge('e4', 'r', 'm', 'a'),
          edge('e5', 'm', 'exit', 'vip'),
        ],
      };
      const issues = issuesOf(graph, 'handle_unconnected');
      expect(issues.map((i) => i.nodeId)).toEqual(['c', 'w', 'r', 'm']);
      expect(issues[0]!.message).toBe(
        'The "no" output of "고가치 고객?" is not connected; connect it to the next step or to an Exit.',
      );
      expect(issues[2]!.message).toContain('"B안" branch');
    });

    it('leaves send failed and next optional', () => {
      const graph = { nodes: [entry, node('s', 'send', smsInfo('hi'))], edges: [edge('e1', 'entry', 's')] };
      expect(validateJourney(graph).valid).toBe(true);
      const chained = {
        nodes: [
          entry,
          node('s', 'send', smsInfo('hi')),
          node('s2', 'send', {
            channel: 'email',
            purpose: 'info',
            content: { subject: 'Hi', html: '<p>hi</p>' },
          }),
        ],
        edges: [edge('e1', 'entry', 's'), edge('e2', 's', 's2', 'failed')],
      };
      expect(validateJourney(chained).valid).toBe(true);
    });

    it('edge_unknown_handle, including edges out of an exit', () => {
      const graph = {
        nodes: [
          entry,
          node('c', 'condition', { condition: { segment: 's', in: true } }),
          exit,
          node('x2', 'exit'),
        ],
        edges: [
          edge('e1', 'entry', 'c'),
          edge('e2', 'c', 'exit', 'yes'),
          edge('e3', 'c', 'exit', 'no'),
          edge('e4', 'c', 'x2', 'maybe'),
          edge('e5', 'exit', 'x2'),
        ],
      };
      const issues = issuesOf(graph, 'edge_unknown_handle');
      expect(issues.map((i) => i.edgeId)).toEqual(['e4', 'e5']);
      expect(issues[1]!.message).toContain('ends the journey');
    });

    it('edge_unknown_node', () => {
      const graph = { nodes: [entry], edges: [edge('e1', 'entry', 'ghost'), edge('e2', 'nobody', 'entry')] };
      expect(issuesOf(graph, 'edge_unknown_node').map((i) => i.edgeId)).toEqual(['e1', 'e2']);
    });

    it('handle_multiple_edges', () => {
      const graph = {
        nodes: [entry, exit, node('x2', 'exit')],
        edges: [edge('e1', 'entry', 'exit'), edge('e2', 'entry', 'x2')],
      };
      expect(issuesOf(graph, 'handle_multiple_edges')).toMatchObject([{ edgeId: 'e2', nodeId: 'entry' }]);
    });
  });
});
