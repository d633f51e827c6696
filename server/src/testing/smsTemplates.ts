import { expect } from 'vitest';
import type { TestClient } from './createTestApp';

/** The body of `POST /api/templates` (or `PUT`) for an SMS template with `text`. */
export const anSmsTemplate = (name: string, text: string, purpose: 'info' | 'ad' = 'info') => ({
  name,
  channel: 'sms',
  purpose,
  content: { text },
});

/** Saves an informational SMS template through the API, expected to succeed; answers its id. */
export const createSmsTemplate = async (client: TestClient, name: string, text: string): Promise<string> => {
  const saved = await client.post('/api/templates', anSmsTemplate(name, text));
  expect(saved.status).toBe(201);
  return saved.body.id as string;
};
