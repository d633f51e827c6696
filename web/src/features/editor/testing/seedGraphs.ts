import { seedJourneys } from '@journeyflow/shared/journey/fixtures/seedJourneys';
import { type SeedJourney, seedJourneySchema } from '@journeyflow/shared/journey/seedJourney';

/** The demo's seed journeys, parsed: realistic graphs for tests. */
export function seedJourney(key: string): SeedJourney {
  const entry = seedJourneys.find((candidate) => candidate.key === key);
  if (!entry) throw new Error(`No seed journey ${key}`);
  return seedJourneySchema.parse(entry.journey);
}
