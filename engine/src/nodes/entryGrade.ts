import type { EnginePlugin } from './enginePlugin';
import { entryStep } from './entryNodes';

/** entry.grade: a `grade_changed` event (emitted by the grade refresh) into one of the chosen grades. */
export const entryGradePlugin: EnginePlugin<'entry.grade'> = {
  step: entryStep(),
  entry: {
    trigger: () => ({ kind: 'events', names: ['grade_changed'] }),
    match: async ({ node, trigger }) => {
      const { to, from } = trigger.properties;
      // Another grade change is not a refusal: this journey is not about it.
      if (typeof to !== 'string' || !node.settings.to.includes(to)) return { enter: false };
      if (node.settings.from && !(typeof from === 'string' && node.settings.from.includes(from)))
        return { enter: false };
      return {
        enter: true,
        reason: `entered: grade changed ${typeof from === 'string' ? from : '(none)'} → ${to}`,
      };
    },
    simulation: (node, scripted) => ({
      kind: 'script',
      events: scripted.some((e) => e.name === 'grade_changed')
        ? scripted
        : [
            {
              name: 'grade_changed',
              afterSeconds: 0,
              properties: { from: node.settings.from?.[0] ?? null, to: node.settings.to[0] },
            },
            ...scripted,
          ],
    }),
    notEnteredReason: (node) => ({
      text: `no grade change to ${node.settings.to.join(', ')}`,
      code: 'sim.not_entered_grade',
      params: { grades: node.settings.to.join(', ') },
    }),
  },
};
