import { journeySchema, journeySummarySchema } from '@journeyflow/shared/api/journeys';
import { z } from 'zod';

/**
 * The server answers journeys with two more fields than the shared schema has (yet): `draftStatus`,
 * where the editable draft stands in review (a live journey's next draft can be `in_review` while
 * `status` stays `live`), and `hasUnpublishedChanges`. Both are optional so an older server still parses.
 */
const draftFields = {
  draftStatus: z.enum(['draft', 'in_review', 'approved']).optional(),
  hasUnpublishedChanges: z.boolean().optional(),
};

export const journeyViewSchema = journeySchema.extend(draftFields);
export type JourneyView = z.infer<typeof journeyViewSchema>;
export const journeySummaryViewSchema = journeySummarySchema.extend(draftFields);
export type JourneySummaryView = z.infer<typeof journeySummaryViewSchema>;

export type ReviewState = 'draft' | 'in_review' | 'approved';

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
