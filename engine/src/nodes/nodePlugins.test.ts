import { exampleJourney } from '@journeyflow/shared/journey/fixtures/exampleJourney';
import { type JourneyNodeOf, journeyGraphSchema } from '@journeyflow/shared/journey/graph';
import { type EntryNodeType, nodeRegistry, nodeTypes } from '@journeyflow/shared/journey/nodeRegistry';
import { describe, expect, it } from 'vitest';
import { compileJourney, endState } from '../journey/compileJourney';
import type { EnginePlugin, EnginePlugins } from './enginePlugin';
import { entryPluginOf, nodePlugins } from './nodePlugins';

describe('engine node plugins, walked from the shared registry', () => {
  it('has exactly one plugin per registered type', () => {
    expect(Object.keys(nodePlugins).sort()).toEqual([...nodeTypes].sort());
  });

  it('makes a missing type or a missing entry part a compile error (checked by typecheck)', () => {
    // @ts-expect-error every registered type needs its plugin
    const partial: EnginePlugins = { exit: nodePlugins.exit };
    // @ts-expect-error an entry type's plugin must bring `entry`
    const noEntry: EnginePlugin<'entry.api'> = { step: nodePlugins['entry.api'].step };
    const strayEntry: EnginePlugin<'exit'> = {
      step: nodePlugins.exit.step,
      // @ts-expect-error a non-entry type has no `entry`
      entry: nodePlugins['entry.api'].entry,
    };
    expect([partial, noEntry, strayEntry]).toHaveLength(3);
  });

  it.each(nodeTypes)(
    '%s: a step, an entry part exactly for entry types, and the registry handles compiled',
    (type) => {
      const plugin = nodePlugins[type];
      expect(typeof plugin.step).toBe('function');
      const isEntry = nodeRegistry[type].category === 'entry';
      expect(plugin.entry !== undefined).toBe(isEntry);

      const graph = journeyGraphSchema.parse(exampleJourney(type));
      const compiled = compileJourney(graph);
      const subject = compiled.nodes.get('subject')!;
      const handles = (nodeRegistry[type].outputHandles as (s: unknown) => readonly string[])(
        subject.settings,
      );
      // Every handle the registry declares is a route of the machine, to the exit wired to it.
      let snapshot = compiled.start().snapshot;
      if (!isEntry) snapshot = compiled.route(snapshot, 'next').snapshot;
      expect(snapshot.node).toBe('subject');
      for (const handle of handles) {
        expect(compiled.route(snapshot, handle).snapshot.node).toBe(`exit_${handle}`);
      }
      // A handle the registry does not declare goes nowhere.
      expect(compiled.route(snapshot, 'no_such_handle').snapshot.node).toBe('subject');
      if (handles.length === 0) expect(compiled.route(snapshot, 'next').snapshot.node).not.toBe(endState);

      if (isEntry) {
        const node = subject as JourneyNodeOf<EntryNodeType>;
        const entry = entryPluginOf(node);
        expect(['events', 'segment', 'schedule', 'api']).toContain(entry.trigger(node).kind);
        expect(['script', 'enter']).toContain(entry.simulation(node, []).kind);
        const notEntered = entry.notEnteredReason(node);
        expect(notEntered.text).toMatch(/\w/);
        expect(notEntered.code).toMatch(/^sim\.not_entered/);
      }
    },
  );
});
