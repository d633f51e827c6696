import { behaviorMatches } from './behaviorMatches';
import type { EnginePlugin } from './enginePlugin';
import { entryStep } from './entryNodes';
import { groupedProperties } from './syntheticProperties';

/** entry.behavior: the event, counted in its window (see `behaviorMatches`). */
export const entryBehaviorPlugin: EnginePlugin<'entry.behavior'> = {
  step: entryStep(),
  entry: {
    trigger: (node) => ({ kind: 'events', names: [node.settings.event] }),
    match: async ({ env, node, customer, trigger, timezone }) => {
      const match = await behaviorMatches(env, node.settings, customer, trigger, timezone);
      return match.matched
        ? { enter: true, reason: `entered: ${match.reason}` }
        : { enter: false, refusal: match.refusal };
    },
    simulation: (node, scripted) => ({
      kind: 'script',
      events: scripted.some((e) => e.name === node.settings.event)
        ? scripted
        : [
            ...Array.from({ length: node.settings.minCount }, () => ({
              name: node.settings.event,
              afterSeconds: 0,
              properties: groupedProperties(node.settings.groupBy),
            })),
            ...scripted,
          ],
    }),
    notEnteredReason: (node) => ({
      text: `the scripted events do not meet "${node.settings.event} at least ${node.settings.minCount} times"`,
      code: 'sim.not_entered_behavior',
      params: { event: node.settings.event, count: node.settings.minCount },
    }),
  },
};
