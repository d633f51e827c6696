import { type APIRequestContext, expect, request } from '@playwright/test';
import { apiHeaders } from '../pages/KoreanScreens';

/** An API client signed in as a demo user (the demo password), sending the app's CSRF header. */
export async function signedInApi(baseURL: string, email: string): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL, extraHTTPHeaders: apiHeaders });
  const res = await context.post('/api/auth/login', { data: { email, password: 'journeyflow' } });
  expect(res.status()).toBe(200);
  return context;
}
