import type { EnginePlugin } from './enginePlugin';
import { entryStep } from './entryNodes';

/** entry.segment: joining the segment (see `enterSegment`); with `includeExisting`, its members at publish. */
export const entrySegmentPlugin: EnginePlugin<'entry.segment'> = {
  step: entryStep(),
  entry: {
    trigger: (node) => ({ kind: 'segment', segmentId: node.settings.segmentId }),
    match: async ({ node }) => ({
      enter: true,
      reason: `entered: joined segment ${node.settings.segmentId}`,
    }),
    simulation: (node) => ({
      kind: 'enter',
      reason: `entered: test run places the customer in segment ${node.settings.segmentId}`,
    }),
    notEnteredReason: () => ({
      text: 'the entry rules refused the customer',
      code: 'sim.not_entered',
      params: {},
    }),
    enrollExisting: {
      pending: (node) => node.settings.includeExisting,
    },
  },
};
