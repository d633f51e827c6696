import type { JourneyBuilder } from '@journeyflow/shared/testing/journeyBuilder';
import { type APIRequestContext, expect } from '@playwright/test';
import { apiHeaders } from '../pages/KoreanScreens';

/** Saves `journey` as a new draft through the API, as whoever `request` is signed in as; answers its id. */
export async function createJourney(
  request: APIRequestContext,
  name: string,
  journey: JourneyBuilder,
): Promise<string> {
  const created = await request.post('/api/journeys', {
    headers: apiHeaders,
    data: { name, ...journey.build() },
  });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}
