import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { createTestApp, minimalValidGraph, type TestApp, type TestClient } from '../testing/createTestApp';

describe.each(databaseKinds)('journey list review states on %s', (kind) => {
  let t: TestApp;
  let marketer: TestClient;
  let reviewer: TestClient;

  beforeAll(async () => {
    t = await createTestApp(kind);
    [marketer, reviewer] = await Promise.all([
      t.login('marketer@demo.local'),
      t.login('reviewer@demo.local'),
    ]);
  });
  afterAll(() => t?.dispose());

  it('carries the reviewer’s reason for a rejected draft, and nothing once it is resubmitted', async () => {
    const created = await marketer.post('/api/journeys', { name: 'Sent back', graph: minimalValidGraph() });
    const id = created.body.id as string;
    await marketer.post(`/api/journeys/${id}/submit`);
    await reviewer.post(`/api/journeys/${id}/reject`, { comment: '쿠폰 기간을 적어 주세요' });
    const other = await marketer.post('/api/journeys', { name: 'Plain', graph: minimalValidGraph() });

    const list = await marketer.get('/api/journeys');
    const items = list.body.items as { id: string; rejectionComment?: string | null }[];
    expect(items.find((j) => j.id === id)?.rejectionComment).toBe('쿠폰 기간을 적어 주세요');
    expect(items.find((j) => j.id === other.body.id)?.rejectionComment).toBeUndefined();

    await marketer.post(`/api/journeys/${id}/submit`);
    const again = await marketer.get('/api/journeys');
    const resubmitted = (again.body.items as { id: string; rejectionComment?: string }[]).find(
      (j) => j.id === id,
    );
    expect(resubmitted?.rejectionComment).toBeUndefined();
  });
});
