import { evaluateForRun } from '../step/evaluateForRun';
import type { EnginePlugin } from './enginePlugin';
import { entryStep } from './entryNodes';
import { propertiesMeeting } from './syntheticProperties';

/** The trigger name of an enroll call: the run's trigger event (its properties are the call's). */
export const apiEnrollEvent = 'api_enrolled';

/** entry.api: a call of `POST /api/journeys/:id/enroll` (see `enrollCustomers`), when `where` holds. */
export const entryApiPlugin: EnginePlugin<'entry.api'> = {
  step: entryStep(),
  entry: {
    trigger: () => ({ kind: 'api' }),
    match: async ({ env, node, customer, trigger, timezone }) => {
      if (!node.settings.where) return { enter: true, reason: 'entered: enrolled through the API' };
      const check = await evaluateForRun(env, node.settings.where, customer, trigger, timezone);
      if (!check.result) {
        const params = { event: apiEnrollEvent, detail: check.explanation };
        return { enter: false, refusal: { code: 'where_mismatch', params } };
      }
      return { enter: true, reason: `entered: enrolled through the API (${check.explanation})` };
    },
    simulation: (node) => ({
      kind: 'enter',
      reason: 'entered: test run enrols the customer through the API',
      properties: propertiesMeeting(node.settings.where),
    }),
    notEnteredReason: () => ({
      text: 'the enrolment did not meet the entry condition',
      code: 'sim.not_entered',
      params: {},
    }),
  },
};
