import { describe, expect, it } from 'vitest';
import { parseMime } from '../channels/testing/parseMime';
import { startSmtpSink } from '../channels/testing/startSmtpSink';
import { databaseKinds } from '../db/testDatabase';
import { useTestApp } from '../testing/useTestApp';

const tokenOf = (url: string) => url.split('/invite/')[1] ?? '';

describe.each(databaseKinds)('invitations and password reset links on %s', (kind) => {
  const h = useTestApp(kind, ['admin', 'marketer']);

  it('invites a colleague by link into the inviter’s workspace, once, with the invited role', async () => {
    const invited = await h.admin.post('/api/invitations', {
      email: 'New.Colleague@demo.local',
      role: 'reviewer',
    });
    expect(invited.status).toBe(201);
    expect(Object.keys(invited.body).sort()).toEqual(['expiresAt', 'id', 'url']);
    expect(invited.body.url).toMatch(/^http:\/\/localhost\/invite\/[\w-]{40,}$/);
    const token = tokenOf(invited.body.url);
    const rows = await h.t.db.sql.query<{ token_hash: string }>('select token_hash from invitations');
    expect(rows.some((r) => r.token_hash === token)).toBe(false);

    const preview = await h.t.anonymous.get(`/api/invitations/${token}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      kind: 'invite',
      email: 'new.colleague@demo.local',
      role: 'reviewer',
    });

    const noName = await h.t.anonymous.post(`/api/invitations/${token}/accept`, {
      password: 'a-long-password',
    });
    expect(noName.status).toBe(400);
    const shortPassword = await h.t.anonymous.post(`/api/invitations/${token}/accept`, {
      name: 'N',
      password: 'x',
    });
    expect(shortPassword.status).toBe(422);

    const accepted = await h.t.anonymous.post(`/api/invitations/${token}/accept`, {
      name: '새 동료',
      password: 'a-long-password',
    });
    expect(accepted.status).toBe(201);
    const colleague = await h.t.login('new.colleague@demo.local', 'a-long-password');
    const me = (await colleague.get('/api/auth/me')).body.user;
    const adminMe = (await h.admin.get('/api/auth/me')).body.user;
    expect(me).toMatchObject({ role: 'reviewer', name: '새 동료', workspaceId: adminMe.workspaceId });

    const again = await h.t.anonymous.post(`/api/invitations/${token}/accept`, {
      name: 'X',
      password: 'a-long-password',
    });
    expect(again.status).toBe(410);
    expect(again.body.error).toMatchObject({ code: 'invitation_invalid', details: { reason: 'used' } });

    const list = await h.admin.get('/api/invitations');
    expect(list.body.items.find((i: { id: string }) => i.id === invited.body.id)).toMatchObject({
      status: 'accepted',
      emailed: false,
    });
    const audit = await h.admin.get('/api/audit?entity=invitation');
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['invitation.create', 'invitation.accept']),
    );
  });

  it('also mails the link when the workspace’s email channel is SMTP', async () => {
    const sink = await startSmtpSink();
    try {
      const saved = await h.admin.put('/api/channel-settings/email', {
        provider: 'smtp',
        host: '127.0.0.1',
        port: sink.port,
        from: '데모몰 <team@demo.local>',
      });
      expect(saved.status).toBe(200);
      const invited = await h.admin.post('/api/invitations', {
        email: 'mailed@demo.local',
        role: 'marketer',
      });
      expect(invited.status).toBe(201);
      expect(sink.mails).toHaveLength(1);
      expect(sink.mails[0]?.to).toEqual(['mailed@demo.local']);
      expect(parseMime(sink.mails[0]?.raw ?? '').text).toContain(invited.body.url);
      const list = await h.admin.get('/api/invitations');
      expect(list.body.items.find((i: { id: string }) => i.id === invited.body.id)?.emailed).toBe(true);
    } finally {
      await h.admin.delete('/api/channel-settings/email');
      await sink.close();
    }
  });

  it('refuses expired, revoked and unknown links, and invitations for existing users', async () => {
    const invited = await h.admin.post('/api/invitations', { email: 'late@demo.local', role: 'marketer' });
    await h.t.db.sql.query(`update invitations set expires_at = now() - interval '1 second' where id = $1`, [
      invited.body.id,
    ]);
    const token = tokenOf(invited.body.url);
    const late = await h.t.anonymous.post(`/api/invitations/${token}/accept`, {
      name: 'L',
      password: 'a-long-password',
    });
    expect(late.status).toBe(410);
    expect(late.body.error.details.reason).toBe('expired');
    expect((await h.t.anonymous.get(`/api/invitations/${token}`)).status).toBe(410);

    const revokedInvite = await h.admin.post('/api/invitations', {
      email: 'revoked@demo.local',
      role: 'marketer',
    });
    expect((await h.admin.delete(`/api/invitations/${revokedInvite.body.id}`)).status).toBe(204);
    expect((await h.admin.delete(`/api/invitations/${revokedInvite.body.id}`)).status).toBe(404);
    const revoked = await h.t.anonymous.post(`/api/invitations/${tokenOf(revokedInvite.body.url)}/accept`, {
      name: 'R',
      password: 'a-long-password',
    });
    expect(revoked.body.error.details.reason).toBe('revoked');

    const unknown = await h.t.anonymous.post(`/api/invitations/${'x'.repeat(43)}/accept`, {
      name: 'U',
      password: 'a-long-password',
    });
    expect(unknown.status).toBe(404);
    expect(
      (await h.admin.post('/api/invitations', { email: 'marketer@demo.local', role: 'admin' })).status,
    ).toBe(409);
    expect((await h.admin.post('/api/invitations', { email: 'not-an-email', role: 'admin' })).status).toBe(
      422,
    );
    expect((await h.admin.post('/api/invitations', { email: 'a@b.co', role: 'owner' })).status).toBe(422);
  });

  it('keeps invitations and reset links to admins', async () => {
    const before = await h.t.rowCounts();
    const me = (await h.marketer.get('/api/auth/me')).body.user;
    for (const res of [
      await h.marketer.post('/api/invitations', { email: 'x@demo.local', role: 'admin' }),
      await h.marketer.get('/api/invitations'),
      await h.marketer.post(`/api/users/${me.id}/password-reset`),
    ]) {
      expect(res.status).toBe(403);
    }
    expect(await h.t.rowCounts()).toEqual(before);
    expect(
      (await h.t.anonymous.post('/api/invitations', { email: 'x@demo.local', role: 'admin' })).status,
    ).toBe(401);
  });

  it('resets a password by a one-time link that ends the user’s sessions', async () => {
    const me = (await h.marketer.get('/api/auth/me')).body.user;
    const link = await h.admin.post(`/api/users/${me.id}/password-reset`);
    expect(link.status).toBe(201);
    const token = tokenOf(link.body.url);
    expect((await h.t.anonymous.get(`/api/invitations/${token}`)).body).toMatchObject({
      kind: 'password_reset',
      email: 'marketer@demo.local',
    });
    const reset = await h.t.anonymous.post(`/api/invitations/${token}/accept`, {
      password: 'brand-new-password',
    });
    expect(reset.status).toBe(201);
    expect((await h.marketer.get('/api/auth/me')).status).toBe(401);
    await expect(h.t.login('marketer@demo.local')).rejects.toThrow(/401/);
    const again = await h.t.login('marketer@demo.local', 'brand-new-password');
    expect((await again.get('/api/auth/me')).status).toBe(200);
    expect((await h.admin.post('/api/users/usr_nobody/password-reset')).status).toBe(404);
  });
});
