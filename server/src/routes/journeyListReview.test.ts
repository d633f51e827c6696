import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { minimalValidGraph } from '../testing/createTestApp';
import { useTestApp } from '../testing/useTestApp';

describe.each(databaseKinds)('journey list review states on %s', (kind) => {
  const h = useTestApp(kind, ['marketer', 'reviewer']);

  it('carries the reviewer’s reason for a rejected draft, and nothing once it is resubmitted', async () => {
    const created = await h.marketer.post('/api/journeys', { name: 'Sent back', graph: minimalValidGraph() });
    const id = created.body.id as string;
    await h.marketer.post(`/api/journeys/${id}/submit`);
    await h.reviewer.post(`/api/journeys/${id}/reject`, { comment: '쿠폰 기간을 적어 주세요' });
    const other = await h.marketer.post('/api/journeys', { name: 'Plain', graph: minimalValidGraph() });

    const list = await h.marketer.get('/api/journeys');
    const items = list.body.items as { id: string; rejectionComment?: string | null }[];
    expect(items.find((j) => j.id === id)?.rejectionComment).toBe('쿠폰 기간을 적어 주세요');
    expect(items.find((j) => j.id === other.body.id)?.rejectionComment).toBeUndefined();

    await h.marketer.post(`/api/journeys/${id}/submit`);
    const again = await h.marketer.get('/api/journeys');
    const resubmitted = (again.body.items as { id: string; rejectionComment?: string }[]).find(
      (j) => j.id === id,
    );
    expect(resubmitted?.rejectionComment).toBeUndefined();
  });
});
