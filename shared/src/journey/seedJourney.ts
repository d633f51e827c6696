import { z } from 'zod';
import { journeyGraphSchema } from './graph';
import { journeySettingsSchema } from './journeySettings';

/** The shape of a seed/example journey file: a journey as a marketer would export it. */
export const seedJourneySchema = z.object({
  name: z.string().min(1),
  description: z.string().optional(),
  settings: journeySettingsSchema,
  graph: journeyGraphSchema,
});
export type SeedJourney = z.infer<typeof seedJourneySchema>;
