import { describe, expect, it } from 'vitest';
import { seedJourneys } from './fixtures/seedJourneys';
import { seedJourneySchema } from './seedJourney';

describe('seed journeys', () => {
  it.each(seedJourneys.map((seed) => [seed.key, seed.journey] as const))('%s parses', (_key, journey) => {
    const result = seedJourneySchema.safeParse(journey);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('keeps positions, labels and defaulted handles', () => {
    const parsed = seedJourneySchema.parse(seedJourneys[0]!.journey);
    expect(parsed.graph.nodes[0]).toMatchObject({
      id: 'entry',
      type: 'entry.behavior',
      position: { x: 0, y: 0 },
    });
    expect(parsed.graph.edges.every((edge) => edge.sourceHandle.length > 0)).toBe(true);
  });
});
