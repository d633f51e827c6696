import type { Journey } from '@journeyflow/shared/api/journeys';
import type { JourneySettings } from '@journeyflow/shared/journey/journeySettings';
import { useEditorStore } from '../store/editorStore';

/** Journeys that can no longer change are opened read-only. */
export function isReadOnlyJourney(journey: Pick<Journey, 'status'>): boolean {
  return journey.status === 'archived';
}

/**
 * Puts a journey from the API into the editor store. Draft settings are an open record on the wire;
 * the editor treats them as `JourneySettings`, and `validateJourney` reports whatever does not fit.
 */
export function loadJourneyIntoEditor(journey: Journey): void {
  useEditorStore
    .getState()
    .load(
      journey.id,
      { graph: journey.graph, settings: journey.settings as JourneySettings },
      { readOnly: isReadOnlyJourney(journey) },
    );
}
