import {
  type AcceptInvitationRequest,
  type CreateInvitationRequest,
  INVITATION_TTL_SECONDS,
  type Invitation,
  type InvitationKind,
  type InvitationLink,
  type InvitationPreview,
  PASSWORD_RESET_TTL_SECONDS,
} from '@journeyflow/shared/api/invitations';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { hashPassword } from '../../auth/password';
import type { UserPrincipal } from '../../auth/principal';
import { hashToken, newSecretToken } from '../../auth/secretToken';
import type { Orm } from '../../db/database';
import { invitations } from '../../db/schema/invitations';
import { sessions } from '../../db/schema/sessions';
import { users } from '../../db/schema/users';
import { workspaces } from '../../db/schema/workspaces';
import { BadRequestError, ConflictError, NotFoundError } from '../../errors/domainErrors';
import { InvitationInvalidError } from '../../errors/teamErrors';
import { newId } from '../../ids';
import { assertRole } from '../permissions';
import { recordActorAudit, recordAudit } from '../recordAudit';
import { insertUser } from '../userService';

type InvitationRow = typeof invitations.$inferSelect;

/** Mails a link when the workspace has a real email channel; answers whether it did. */
export type LinkMailer = (
  workspaceId: string,
  mail: {
    readonly to: string;
    readonly kind: InvitationKind;
    readonly url: string;
    readonly expiresAt: Date;
  },
) => Promise<boolean>;

const statusOf = (row: InvitationRow, now: Date): Invitation['status'] => {
  if (row.usedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt <= now ? 'expired' : 'pending';
};

const toView = (row: InvitationRow, now: Date): Invitation => ({
  id: row.id,
  kind: row.kind,
  email: row.email,
  role: row.role,
  status: statusOf(row, now),
  emailed: row.emailedAt !== null,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
});

/** The link a token opens: the web's public accept page. */
export const invitationUrl = (origin: string, token: string) => `${origin}/invite/${token}`;

const issueLink = async (
  orm: Orm,
  actor: UserPrincipal,
  input: {
    readonly kind: InvitationKind;
    readonly email: string;
    readonly role: UserPrincipal['role'];
    readonly userId: string | null;
  },
  origin: string,
  now: Date,
  mailer: LinkMailer | undefined,
): Promise<InvitationLink> => {
  const token = newSecretToken();
  const ttl = input.kind === 'invite' ? INVITATION_TTL_SECONDS : PASSWORD_RESET_TTL_SECONDS;
  const expiresAt = new Date(now.getTime() + ttl * 1000);
  const id = newId('inv');
  const url = invitationUrl(origin, token);
  await orm.transaction(async (tx) => {
    await tx.insert(invitations).values({
      id,
      workspaceId: actor.workspaceId,
      kind: input.kind,
      email: input.email,
      role: input.role,
      userId: input.userId,
      tokenHash: hashToken(token),
      createdBy: actor.userId,
      createdAt: now,
      expiresAt,
    });
    await recordActorAudit(tx, actor, {
      action: input.kind === 'invite' ? 'invitation.create' : 'user.password_reset_link',
      entityType: input.kind === 'invite' ? 'invitation' : 'user',
      entityId: input.userId ?? id,
      details: { invitationId: id, email: input.email, role: input.role, expiresAt: expiresAt.toISOString() },
      at: now,
    });
  });
  // Mailing is a courtesy: the admin has the link either way, so a mail failure does not undo it.
  const emailed = mailer
    ? await mailer(actor.workspaceId, { to: input.email, kind: input.kind, url, expiresAt }).catch(
        () => false,
      )
    : false;
  if (emailed) await orm.update(invitations).set({ emailedAt: now }).where(eq(invitations.id, id));
  return { id, url, expiresAt: expiresAt.toISOString() };
};

/** Invites a colleague into the admin's workspace; the email must not belong to a user already. */
export const createInvitation = async (
  orm: Orm,
  actor: UserPrincipal,
  input: CreateInvitationRequest,
  origin: string,
  now: Date,
  mailer?: LinkMailer,
): Promise<InvitationLink> => {
  assertRole(actor, 'admin', 'invite users');
  const [taken] = await orm.select({ id: users.id }).from(users).where(eq(users.email, input.email));
  if (taken) throw new ConflictError('A user with this email already exists', { field: 'email' });
  return issueLink(
    orm,
    actor,
    { kind: 'invite', email: input.email, role: input.role, userId: null },
    origin,
    now,
    mailer,
  );
};

/** A one-time link that sets a user's password (their sessions end when it is used). */
export const createPasswordResetLink = async (
  orm: Orm,
  actor: UserPrincipal,
  userId: string,
  origin: string,
  now: Date,
  mailer?: LinkMailer,
): Promise<InvitationLink> => {
  assertRole(actor, 'admin', 'reset passwords');
  const [user] = await orm
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.workspaceId, actor.workspaceId)));
  if (!user) throw new NotFoundError('User');
  return issueLink(
    orm,
    actor,
    { kind: 'password_reset', email: user.email, role: user.role, userId: user.id },
    origin,
    now,
    mailer,
  );
};

export const listInvitations = async (orm: Orm, actor: UserPrincipal, now: Date): Promise<Invitation[]> => {
  assertRole(actor, 'admin', 'list invitations');
  const rows = await orm
    .select()
    .from(invitations)
    .where(and(eq(invitations.workspaceId, actor.workspaceId), eq(invitations.kind, 'invite')))
    .orderBy(desc(invitations.createdAt))
    .limit(200);
  return rows.map((row) => toView(row, now));
};

export const revokeInvitation = async (
  orm: Orm,
  actor: UserPrincipal,
  id: string,
  now: Date,
): Promise<void> => {
  assertRole(actor, 'admin', 'revoke invitations');
  await orm.transaction(async (tx) => {
    const revoked = await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(invitations.id, id),
          eq(invitations.workspaceId, actor.workspaceId),
          isNull(invitations.usedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning({ email: invitations.email });
    if (revoked.length === 0) throw new NotFoundError('Invitation');
    await recordActorAudit(tx, actor, {
      action: 'invitation.revoke',
      entityType: 'invitation',
      entityId: id,
      details: { email: revoked[0]?.email },
      at: now,
    });
  });
};

/** The row behind a token if it can still be used; otherwise why not. */
const usableRow = (row: InvitationRow | undefined, now: Date): InvitationRow => {
  if (!row) throw new NotFoundError('Invitation');
  if (row.usedAt) throw new InvitationInvalidError('used');
  if (row.revokedAt) throw new InvitationInvalidError('revoked');
  if (row.expiresAt <= now) throw new InvitationInvalidError('expired');
  return row;
};

/** What the public accept page shows for a token. */
export const previewInvitation = async (orm: Orm, token: string, now: Date): Promise<InvitationPreview> => {
  const [found] = await orm
    .select({ invitation: invitations, workspaceName: workspaces.name })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  const row = usableRow(found?.invitation, now);
  return {
    kind: row.kind,
    email: row.email,
    role: row.role,
    workspaceName: found?.workspaceName ?? '',
    expiresAt: row.expiresAt.toISOString(),
  };
};

/**
 * Uses a link once: an invitation creates the user in the inviter's workspace with the invited role; a
 * reset link sets the password and ends the user's sessions.
 */
export const acceptInvitation = async (
  orm: Orm,
  token: string,
  input: AcceptInvitationRequest,
  now: Date,
): Promise<{ email: string; kind: InvitationKind }> => {
  // Check the link before the (slow, gated) hashing, so unknown tokens cost nothing; checked again below.
  const [early] = await orm
    .select()
    .from(invitations)
    .where(eq(invitations.tokenHash, hashToken(token)));
  const earlyRow = usableRow(early, now);
  if (earlyRow.kind === 'invite' && !input.name)
    throw new BadRequestError('Enter your name', { field: 'name' });
  const passwordHash = await hashPassword(input.password);
  return orm.transaction(async (tx) => {
    const [found] = await tx
      .select()
      .from(invitations)
      .where(eq(invitations.tokenHash, hashToken(token)))
      .for('update');
    const row = usableRow(found, now);
    let userId: string;
    if (row.kind === 'invite') {
      if (!input.name) throw new BadRequestError('Enter your name', { field: 'name' });
      const user = await insertUser(
        tx,
        row.workspaceId,
        { email: row.email, name: input.name, role: row.role, password: input.password },
        now,
        passwordHash,
      );
      userId = user.id;
    } else {
      if (!row.userId) throw new NotFoundError('User');
      const updated = await tx
        .update(users)
        .set({ passwordHash, updatedAt: now })
        .where(and(eq(users.id, row.userId), eq(users.workspaceId, row.workspaceId)))
        .returning({ id: users.id });
      if (updated.length === 0) throw new NotFoundError('User');
      await tx.delete(sessions).where(eq(sessions.userId, row.userId));
      userId = row.userId;
    }
    await tx.update(invitations).set({ usedAt: now }).where(eq(invitations.id, row.id));
    await recordAudit(tx, {
      workspaceId: row.workspaceId,
      actorId: userId,
      action: row.kind === 'invite' ? 'invitation.accept' : 'user.password_reset',
      entityType: row.kind === 'invite' ? 'invitation' : 'user',
      entityId: row.kind === 'invite' ? row.id : userId,
      details: { email: row.email, ...(row.kind === 'invite' ? { role: row.role, userId } : {}) },
      at: now,
    });
    return { email: row.email, kind: row.kind };
  });
};
