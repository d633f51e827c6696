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
  /** True for the workspace's own ("이 여정을 템플릿으로 저장"); built-in gallery entries leave it out. */
  workspace: z.boolean().optional(),
});
export type JourneyTemplate = z.infer<typeof journeyTemplateSchema>;

export const journeyTemplateListSchema = z.array(journeyTemplateSchema);

/** `POST /api/journey-templates`: save a journey's current draft as one of the workspace's templates. */
export const saveJourneyTemplateRequestSchema = z.object({
  journeyId: z.string().min(1),
  name: z.string().trim().min(1).max(200).optional(),
  description: z.string().max(2000).optional(),
});
export type SaveJourneyTemplateRequest = z.infer<typeof saveJourneyTemplateRequestSchema>;
