import { VERIFICATION_CODE_SEND_LIMIT } from '@journeyflow/shared/api/testSends';
import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../db/testDatabase';
import { useTestApp } from '../testing/useTestApp';

describe.each(databaseKinds)('test recipients on %s', (kind) => {
  const h = useTestApp(kind, ['admin', 'marketer', 'reviewer']);
  let phoneId: string;

  it('saves a phone, refuses wrong codes with attempts left, verifies the right one (hashed at rest)', async () => {
    const created = await h.marketer.post('/api/test-recipients', {
      name: '내 폰',
      kind: 'phone',
      address: '010-2222-3333',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'phone',
      address: '01022223333',
      scope: 'user',
      verified: false,
    });
    const code: string = created.body.verification.sandboxCode;
    expect(code).toMatch(/^\d{6}$/);
    phoneId = created.body.id;
    const [stored] = await h.t.db.sql.query<{ code_hash: string }>(
      'select code_hash from test_recipients where id = $1',
      [phoneId],
    );
    expect(stored?.code_hash).not.toContain(code);

    const wrongCode = code === '000000' ? '111111' : '000000';
    const wrong = await h.marketer.post(`/api/test-recipients/${phoneId}/verify`, { code: wrongCode });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error).toMatchObject({ code: 'code_invalid', details: { attemptsLeft: 4 } });
    // Another user cannot see or verify a personal recipient.
    expect((await h.reviewer.post(`/api/test-recipients/${phoneId}/verify`, { code })).status).toBe(404);
    expect((await h.marketer.post(`/api/test-recipients/${phoneId}/verify`, { code: 'abc' })).status).toBe(
      422,
    );

    const ok = await h.marketer.post(`/api/test-recipients/${phoneId}/verify`, { code });
    expect(ok.status).toBe(200);
    expect(ok.body.verified).toBe(true);
    const audit = await h.admin.get('/api/audit?entity=test_recipient');
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['test_recipient.create', 'test_recipient.verify']),
    );
  });

  it('locks a code after five wrong tries and expires it; a new code works', async () => {
    const created = await h.marketer.post('/api/test-recipients', {
      name: '팀 폰',
      kind: 'phone',
      address: '01044445555',
      scope: 'workspace',
    });
    const id = created.body.id;
    const code: string = created.body.verification.sandboxCode;
    const wrongCode = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++)
      await h.marketer.post(`/api/test-recipients/${id}/verify`, { code: wrongCode });
    const locked = await h.marketer.post(`/api/test-recipients/${id}/verify`, { code });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('too_many_attempts');

    const again = await h.marketer.post(`/api/test-recipients/${id}/code`);
    expect(again.status).toBe(201);
    await h.t.db.sql.query(
      `update test_recipients set code_expires_at = now() - interval '1 minute' where id = $1`,
      [id],
    );
    const expired = await h.marketer.post(`/api/test-recipients/${id}/verify`, {
      code: again.body.sandboxCode,
    });
    expect(expired.status).toBe(410);
    expect(expired.body.error.code).toBe('code_expired');

    const fresh = await h.marketer.post(`/api/test-recipients/${id}/code`);
    expect(
      (await h.marketer.post(`/api/test-recipients/${id}/verify`, { code: fresh.body.sandboxCode })).status,
    ).toBe(200);
    // Shared: the reviewer sees it but may not remove it; an admin may.
    const seen = await h.reviewer.get('/api/test-recipients');
    expect(seen.body.items.map((r: { id: string }) => r.id)).toContain(id);
    expect(seen.body.items.map((r: { id: string }) => r.id)).not.toContain(phoneId);
    expect((await h.reviewer.delete(`/api/test-recipients/${id}`)).status).toBe(403);
    expect((await h.admin.delete(`/api/test-recipients/${id}`)).status).toBe(204);
  });

  it(`texts at most ${VERIFICATION_CODE_SEND_LIMIT.max} codes per user per 10 minutes`, async () => {
    for (let i = 0; i < VERIFICATION_CODE_SEND_LIMIT.max; i++) {
      const res = await h.reviewer.post('/api/test-recipients', {
        name: `p${i}`,
        kind: 'phone',
        address: `0105555000${i}`,
      });
      expect(res.status).toBe(201);
    }
    const before = await h.t.rowCounts();
    const refused = await h.reviewer.post('/api/test-recipients', {
      name: 'more',
      kind: 'phone',
      address: '01055550099',
    });
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({
      code: 'rate_limited',
      details: { limit: 'verification_codes' },
    });
    expect(await h.t.rowCounts()).toEqual(before);
    // Emails need no code, so they are not limited by it.
    expect(
      (await h.reviewer.post('/api/test-recipients', { name: 'm', kind: 'email', address: 'r@demo.local' }))
        .status,
    ).toBe(201);
  });

  it('refuses bad recipients', async () => {
    for (const body of [
      { name: 'x', kind: 'phone', address: 'not a phone' },
      { name: 'x', kind: 'email', address: 'nope' },
      { name: '', kind: 'email', address: 'a@b.co' },
      { name: 'x', kind: 'fax', address: '1' },
      { name: 'x', kind: 'email', address: 'a@b.co', scope: 'everyone' },
    ]) {
      const res = await h.marketer.post('/api/test-recipients', body);
      expect(res.status).toBe(422);
    }
    expect((await h.marketer.delete('/api/test-recipients/trc_unknown')).status).toBe(404);
    expect((await h.t.anonymous.get('/api/test-recipients')).status).toBe(401);
  });
});
