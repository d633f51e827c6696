import { describe, expect, it } from 'vitest';
import { codes, edge, entry, issuesOf, node } from './fixtures/rawGraphBuilders';
import { validateJourney } from './validateJourney';

describe('validateJourney', () => {
  describe('invalid_settings', () => {
    it('names the node and the field', () => {
      const graph = { nodes: [node('entry', 'entry.event', { event: '' }, '가입')], edges: [] };
      expect(validateJourney(graph).issues).toEqual([
        {
          nodeId: 'entry',
          code: 'invalid_settings',
          field: 'event',
          message: '"가입": Enter an event name.',
          severity: 'error',
          // Code + params for the web's words (issue 16): the step by its name, what is wrong with which field.
          params: { step: '가입', field: 'event', problem: 'required' },
        },
      ]);
    });

    it('reports unknown fields and narrows condition errors to the intended shape', () => {
      const graph = {
        nodes: [
          entry,
          node('c', 'condition', {
            condition: { all: [{ attribute: 'grade', op: 'in', value: 'VIP' }] },
            extra: 1,
          }),
        ],
        edges: [edge('e1', 'entry', 'c')],
      };
      const messages = issuesOf(graph, 'invalid_settings').map((i) => `${i.field}|${i.message}`);
      expect(messages).toEqual([
        expect.stringContaining('condition.all[0].value|') as unknown as string,
        expect.stringContaining('Unknown field "extra"') as unknown as string,
      ]);
      expect(messages[0]).toContain('"in" needs a list of values');
    });

    it('names the field in messages that do not say it themselves', () => {
      const graph = {
        nodes: [node('entry', 'entry.event', { event: 'x', where: { segment: 's' } })],
        edges: [],
      };
      expect(issuesOf(graph, 'invalid_settings').map((i) => i.message)).toEqual([
        'The Event trigger step "entry": where.in: This field is required.',
      ]);
    });

    it('explains a condition of no known shape', () => {
      const graph = {
        nodes: [entry, node('c', 'condition', { condition: { foo: 1 } })],
        edges: [edge('e1', 'entry', 'c')],
      };
      expect(issuesOf(graph, 'invalid_settings')[0]!.message).toContain('Not a valid condition');
    });

    it('reports missing position', () => {
      const graph = { nodes: [{ id: 'entry', type: 'entry.event', settings: { event: 'x' } }], edges: [] };
      expect(codes(graph)).toEqual(['invalid_node']);
    });
  });
});
