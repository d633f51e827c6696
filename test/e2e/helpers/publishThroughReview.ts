import { type APIRequestContext, expect } from '@playwright/test';

/** Submits the journey, approves it as `reviewer` and publishes it as `author`, each step expected to succeed. */
export async function publishThroughReview(
  author: APIRequestContext,
  reviewer: APIRequestContext,
  journeyId: string,
): Promise<void> {
  expect((await author.post(`/api/journeys/${journeyId}/submit`, { data: {} })).status()).toBe(200);
  expect((await reviewer.post(`/api/journeys/${journeyId}/approve`, { data: {} })).status()).toBe(200);
  expect((await author.post(`/api/journeys/${journeyId}/publish`, { data: {} })).status()).toBe(200);
}
