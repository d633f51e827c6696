import { z } from 'zod';
import { draftJourneyGraphSchema } from '../journey/graph';
import { draftJourneySettingsSchema } from './journeys';

/** A gallery journey (`GET /api/journey-templates`, SPEC §7a): a ready graph with placeholders to fill. */
export const journeyTemplateSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Korean, as shown in the gallery. */
  description: z.string(),
  /** The same in English. */
  descriptionEn: z.string(),
  graph: draftJourneyGraphSchema,
  settings: draftJourneySettingsSchema,
});
export type JourneyTemplate = z.infer<typeof journeyTemplateSchema>;

export const journeyTemplateListSchema = z.array(journeyTemplateSchema);
