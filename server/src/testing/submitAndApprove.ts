import { expect } from 'vitest';
import type { TestClient } from './createTestApp';

/** The review a journey goes through before it may be published: submitted by `author`, approved by `reviewer`. */
export const submitAndApprove = async (author: TestClient, reviewer: TestClient, journeyId: string) => {
  expect((await author.post(`/api/journeys/${journeyId}/submit`, {})).status).toBe(200);
  expect((await reviewer.post(`/api/journeys/${journeyId}/approve`, {})).status).toBe(200);
};

/** Submits, approves and publishes a journey, each step expected to succeed. */
export const publishThroughReview = async (author: TestClient, reviewer: TestClient, journeyId: string) => {
  await submitAndApprove(author, reviewer, journeyId);
  expect((await author.post(`/api/journeys/${journeyId}/publish`, {})).status).toBe(200);
};
