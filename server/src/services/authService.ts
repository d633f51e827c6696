import { and, eq, gt } from 'drizzle-orm';
import { DUMMY_PASSWORD_HASH, verifyPassword } from '../auth/password';
import type { UserPrincipal } from '../auth/principal';
import { hashToken, newSecretToken } from '../auth/secretToken';
import type { Orm } from '../db/database';
import { sessions } from '../db/schema/sessions';
import { users } from '../db/schema/users';
import { workspaces } from '../db/schema/workspaces';
import { InvalidCredentialsError } from '../errors/domainErrors';
import { newId } from '../ids';
import { recordAudit } from './recordAudit';

export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export type LoginResult = { readonly token: string; readonly expiresAt: Date; readonly user: UserPrincipal };

/**
 * Checks the password and opens a session. Unknown email, wrong password and deactivated user all fail
 * the same way (and take the same time), so the answer reveals nothing about which accounts exist.
 */
export const login = async (orm: Orm, email: string, password: string, now: Date): Promise<LoginResult> => {
  const [user] = await orm.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!user || !ok || !user.active) throw new InvalidCredentialsError();
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  const sessionId = newId('ses');
  await orm.transaction(async (tx) => {
    await tx.insert(sessions).values({
      id: sessionId,
      workspaceId: user.workspaceId,
      userId: user.id,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt,
    });
    await recordAudit(tx, {
      workspaceId: user.workspaceId,
      actorId: user.id,
      action: 'login',
      entityType: 'session',
      entityId: sessionId,
      at: now,
    });
  });
  return {
    token,
    expiresAt,
    user: {
      kind: 'user',
      userId: user.id,
      workspaceId: user.workspaceId,
      role: user.role,
      email: user.email,
      name: user.name,
      sessionId,
    },
  };
};

/** The signed-in user behind a session cookie, or undefined when it is unknown, expired or deactivated. */
export const resolveSession = async (
  orm: Orm,
  token: string,
  now: Date,
): Promise<UserPrincipal | undefined> => {
  const [row] = await orm
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, now), eq(users.active, true)),
    );
  if (!row) return undefined;
  return {
    kind: 'user',
    userId: row.user.id,
    workspaceId: row.user.workspaceId,
    role: row.user.role,
    email: row.user.email,
    name: row.user.name,
    sessionId: row.session.id,
  };
};

export const logout = async (orm: Orm, user: UserPrincipal, now: Date): Promise<void> => {
  await orm.transaction(async (tx) => {
    await tx.delete(sessions).where(and(eq(sessions.id, user.sessionId), eq(sessions.userId, user.userId)));
    await recordAudit(tx, {
      workspaceId: user.workspaceId,
      actorId: user.userId,
      action: 'logout',
      entityType: 'session',
      entityId: user.sessionId,
      at: now,
    });
  });
};

/** The signed-in user with their workspace's name, for `GET /api/auth/me` and the login answer. */
export const describeCurrentUser = async (orm: Orm, user: UserPrincipal) => {
  const [workspace] = await orm
    .select({ name: workspaces.name })
    .from(workspaces)
    .where(eq(workspaces.id, user.workspaceId));
  return {
    id: user.userId,
    email: user.email,
    name: user.name,
    role: user.role,
    workspaceId: user.workspaceId,
    workspaceName: workspace?.name ?? '',
  };
};
