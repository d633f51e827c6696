import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { useTestApp } from '../testing/useTestApp';

describe.each(databaseKinds)('workspace data retention on %s', (kind) => {
  const h = useTestApp(kind, ['marketer', 'admin']);

  it('answers the defaults, lets an admin change one field, and keeps the others', async () => {
    expect((await h.marketer.get('/api/workspace/retention')).body).toEqual({
      traceDays: 180,
      messageMonths: 13,
      eventMonths: 25,
    });
    const changed = await h.admin.put('/api/workspace/retention', { traceDays: 30 });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ traceDays: 30, messageMonths: 13, eventMonths: 25 });
    expect((await h.marketer.get('/api/workspace/retention')).body.traceDays).toBe(30);
    const audit = await h.admin.get('/api/audit?limit=50');
    expect(audit.body.items.some((e: { action: string }) => e.action === 'workspace.retention')).toBe(true);
  });

  it('refuses marketers and bad values with a 4xx error code', async () => {
    expect((await h.marketer.put('/api/workspace/retention', { traceDays: 10 })).status).toBe(403);
    for (const body of [{ traceDays: 0 }, { messageMonths: 1.5 }, { eventMonths: 9999 }, { other: 1 }]) {
      const res = await h.admin.put('/api/workspace/retention', body);
      expect(res.status).toBe(422);
      expect(res.body.error.code).toEqual(expect.any(String));
    }
  });
});
