import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/createTestApp';

describe('X-Journey-Now', () => {
  const journeyNow = new Date('2030-01-02T03:04:05.000Z');
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp('pglite', { clock: { now: () => journeyNow } });
  }, 120_000);
  afterAll(() => t?.dispose());

  // Issue 16: the web measures relative times ("3분 전") from the journey clock, not the browser's.
  it('stamps API responses, errors included, with the journey clock (not the wall clock)', async () => {
    const ok = await t.app.request('/api/health');
    expect(ok.headers.get('X-Journey-Now')).toBe(journeyNow.toISOString());
    const missing = await t.app.request('/api/journeys');
    expect(missing.status).toBe(401);
    expect(missing.headers.get('X-Journey-Now')).toBe(journeyNow.toISOString());
  });
});
