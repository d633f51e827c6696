import { describe, expect, it } from 'vitest';
import { exampleJourney, exampleSegments } from './fixtures/exampleJourney';
import { journeyGraphSchema, journeyNodeSchema } from './graph';
import { entryNodeTypes, nodeRegistry, nodeTypeSchema, nodeTypes } from './nodeRegistry';
import { validateJourney } from './validateJourney';

describe('nodeRegistry', () => {
  it('lists every registered type once, in palette order', () => {
    expect([...nodeTypes].sort()).toEqual(Object.keys(nodeRegistry).sort());
    expect(new Set(nodeTypes).size).toBe(nodeTypes.length);
    expect(nodeTypeSchema.safeParse('wait.time_of_day').success).toBe(true);
    expect(nodeTypeSchema.safeParse('wait.forever').success).toBe(false);
  });

  it.each(nodeTypes)('%s: definition matches its key and its defaults have the settings shape', (type) => {
    const definition = nodeRegistry[type];
    expect(definition.type).toBe(type);
    expect(definition.category === 'entry').toBe(type.startsWith('entry.'));
    expect(definition.isWait).toBe(type.startsWith('wait.'));
    // Defaults may leave required text empty, but every key must be one the schema knows.
    const result = definition.settingsSchema.safeParse(definition.defaultSettings);
    const unknownKeys = (result.error?.issues ?? []).filter((issue) => issue.code === 'unrecognized_keys');
    expect(unknownKeys).toEqual([]);
  });

  it('declares the SPEC handles', () => {
    expect(nodeRegistry['entry.event'].outputHandles({ event: 'x' })).toEqual(['next']);
    expect(nodeRegistry['wait.event'].outputHandles({ event: 'x', timeoutSeconds: 1 })).toEqual([
      'matched',
      'timeout',
    ]);
    expect(nodeRegistry.condition.requiredHandles({ condition: { segment: 's', in: true } })).toEqual([
      'yes',
      'no',
    ]);
    const multi = { branches: [{ id: 'vip', label: 'VIP', condition: { segment: 's', in: true } }] };
    expect(nodeRegistry['split.multi'].outputHandles(multi)).toEqual(['vip', 'else']);
    const random = nodeRegistry['split.random'].defaultSettings;
    expect(nodeRegistry['split.random'].outputHandles(random)).toEqual(['a', 'b']);
    expect(nodeRegistry.send.outputHandles(nodeRegistry.send.defaultSettings)).toEqual(['next', 'failed']);
    expect(nodeRegistry.send.requiredHandles(nodeRegistry.send.defaultSettings)).toEqual([]);
    expect(nodeRegistry.exit.outputHandles({})).toEqual([]);
  });

  it('rejects unknown settings keys (strict schemas)', () => {
    const result = journeyNodeSchema.safeParse({
      id: 'n',
      type: 'wait.duration',
      position: { x: 0, y: 0 },
      settings: { seconds: 60, minutes: 1 },
    });
    expect(result.success).toBe(false);
  });

  it('types send content by channel', () => {
    const ok = nodeRegistry.send.settingsSchema.safeParse({
      channel: 'push',
      purpose: 'info',
      content: { title: 'Hi', body: 'There' },
    });
    expect(ok.success).toBe(true);
    const wrong = nodeRegistry.send.settingsSchema.safeParse({
      channel: 'push',
      purpose: 'info',
      content: { text: 'an SMS body on a push step' },
    });
    expect(wrong.success).toBe(false);
  });
});

describe('every registered node type, end to end in shared', () => {
  it.each(nodeTypes)('%s: its example parses, and a journey around it validates without issues', (type) => {
    const definition = nodeRegistry[type];
    expect(definition.settingsSchema.safeParse(definition.example).success).toBe(true);
    expect(definition.label.length).toBeGreaterThan(0);
    expect(definition.ko.label.length).toBeGreaterThan(0);
    expect(definition.ko.description.length).toBeGreaterThan(0);
    const graph = exampleJourney(type);
    expect(journeyGraphSchema.safeParse(graph).success).toBe(true);
    expect(validateJourney(graph, {}, { segments: [...exampleSegments] })).toEqual({
      valid: true,
      issues: [],
    });
  });

  it('derives the palette, the entry types and the node union from the registry', () => {
    expect(nodeTypes).toEqual(Object.keys(nodeRegistry));
    expect(entryNodeTypes).toEqual(nodeTypes.filter((type) => type.startsWith('entry.')));
    expect(entryNodeTypes).toContain('entry.api');
    for (const type of nodeTypes) {
      const parsed = journeyNodeSchema.safeParse({
        id: 'n',
        type,
        position: { x: 0, y: 0 },
        settings: nodeRegistry[type].example,
      });
      expect(parsed.success, type).toBe(true);
    }
  });
});
