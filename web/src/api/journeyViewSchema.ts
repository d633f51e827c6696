import {
  type DraftStatus,
  type Journey,
  type JourneySummary,
  journeySchema,
  journeySummarySchema,
} from '@journeyflow/shared/api/journeys';

/** The editor's names for the shared journey answers (which carry `draftStatus` and `hasUnpublishedChanges`). */
export const journeyViewSchema = journeySchema;
export type JourneyView = Journey;
export const journeySummaryViewSchema = journeySummarySchema;
export type JourneySummaryView = JourneySummary;

export type ReviewState = DraftStatus;

/** Where the draft stands in review, for journeys before and after their first publish. */
export function reviewState(journey: Pick<JourneyView, 'status' | 'draftStatus'>): ReviewState {
  if (journey.draftStatus) return journey.draftStatus;
  return journey.status === 'in_review' || journey.status === 'approved' ? journey.status : 'draft';
}

/**
 * A running journey whose next draft is under way shows a second badge for the draft's review state;
 * a running journey with an untouched draft does not.
 */
export function showsDraftState(
  journey: Pick<JourneyView, 'status' | 'draftStatus' | 'hasUnpublishedChanges'>,
): boolean {
  const state = reviewState(journey);
  if (journey.status === 'archived' || state === journey.status) return false;
  return !(state === 'draft' && journey.hasUnpublishedChanges === false);
}
