import { evaluateForRun } from '../step/evaluateForRun';
import type { EnginePlugin } from './enginePlugin';
import { entryStep } from './entryNodes';
import { propertiesMeeting } from './syntheticProperties';

/** entry.event: the named event, when `where` holds for it. */
export const entryEventPlugin: EnginePlugin<'entry.event'> = {
  step: entryStep(),
  entry: {
    trigger: (node) => ({ kind: 'events', names: [node.settings.event] }),
    match: async ({ env, node, customer, trigger, timezone }) => {
      const why = `entered on event ${trigger.name}`;
      if (!node.settings.where) return { enter: true, reason: why };
      const check = await evaluateForRun(env, node.settings.where, customer, trigger, timezone);
      if (!check.result) {
        const params = { event: trigger.name, detail: check.explanation };
        return { enter: false, refusal: { code: 'where_mismatch', params } };
      }
      return { enter: true, reason: `${why} (${check.explanation})` };
    },
    simulation: (node, scripted) => ({
      kind: 'script',
      events: scripted.some((e) => e.name === node.settings.event)
        ? scripted
        : [
            {
              name: node.settings.event,
              afterSeconds: 0,
              properties: propertiesMeeting(node.settings.where),
            },
            ...scripted,
          ],
    }),
    notEnteredReason: (node) => ({
      text: `no ${node.settings.event} event matched the entry condition`,
      code: 'sim.not_entered_event',
      params: { event: node.settings.event },
    }),
  },
};
