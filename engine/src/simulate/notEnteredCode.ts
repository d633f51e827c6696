import type { JourneyNode } from '@journeyflow/shared/journey/graph';

/** Why a simulated customer did not enter, as a code + params for the web's words (issue 16). */
export function notEnteredCode(entry: JourneyNode): { code: string; params: Record<string, unknown> } {
  switch (entry.type) {
    case 'entry.event':
      return { code: 'sim.not_entered_event', params: { event: entry.settings.event } };
    case 'entry.behavior':
      return {
        code: 'sim.not_entered_behavior',
        params: { event: entry.settings.event, count: entry.settings.minCount },
      };
    case 'entry.grade':
      return { code: 'sim.not_entered_grade', params: { grades: entry.settings.to.join(', ') } };
    default:
      return { code: 'sim.not_entered', params: {} };
  }
}
