import { and, eq, lt, ne } from 'drizzle-orm';
import { verifyPassword } from '../auth/password';
import { type UserPrincipal, userPrincipal } from '../auth/principal';
import { hashToken, newSecretToken } from '../auth/secretToken';
import type { Executor, Orm } from '../db/database';
import { sessions } from '../db/schema/sessions';
import { users } from '../db/schema/users';
import { workspaces } from '../db/schema/workspaces';
import { InvalidCredentialsError } from '../errors/domainErrors';
import { newId } from '../ids';
import { recordActorAudit, recordAudit } from './recordAudit';
import { sessionAlive, sessionDead } from './sessionLiveness';
import { DEFAULT_SESSION_POLICY, LAST_SEEN_RESOLUTION_MS, type SessionPolicy } from './sessionPolicy';

export type LoginResult = { readonly token: string; readonly expiresAt: Date; readonly user: UserPrincipal };

/**
 * Checks the password and opens a session. Unknown email, wrong password and deactivated user all fail
 * the same way (and take the same time), so the answer reveals nothing about which accounts exist.
 */
export const login = async (
  orm: Orm,
  email: string,
  password: string,
  now: Date,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): Promise<LoginResult> => {
  const [user] = await orm.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  const ok = await verifyPassword(password, user?.passwordHash);
  if (!user || !ok || !user.active) throw new InvalidCredentialsError();
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + policy.maxAgeSeconds * 1000);
  const sessionId = newId('ses');
  await orm.transaction(async (tx) => {
    // The user's own dead sessions go now; the periodic purge (`startSessionPurge`) takes the rest.
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), sessionDead(now)));
    await tx.insert(sessions).values({
      id: sessionId,
      workspaceId: user.workspaceId,
      userId: user.id,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt,
      lastSeenAt: now,
      idleTimeoutSeconds: policy.idleTimeoutSeconds,
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
    user: userPrincipal(user, sessionId),
  };
};

/**
 * The signed-in user behind a session cookie, or undefined when it is unknown, past its absolute expiry,
 * idle for longer than its timeout, or its user is deactivated. Marks the session as seen at most once a
 * minute, so ordinary requests cost no write.
 */
export const resolveSession = async (
  orm: Orm,
  token: string,
  now: Date,
): Promise<UserPrincipal | undefined> => {
  const [row] = await orm
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), sessionAlive(now), eq(users.active, true)));
  if (!row) return undefined;
  const seenBefore = new Date(now.getTime() - LAST_SEEN_RESOLUTION_MS);
  if (row.session.lastSeenAt < seenBefore) {
    await orm
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(and(eq(sessions.id, row.session.id), lt(sessions.lastSeenAt, seenBefore)));
  }
  return userPrincipal(row.user, row.session.id);
};

export const logout = async (orm: Orm, user: UserPrincipal, now: Date): Promise<void> => {
  await orm.transaction(async (tx) => {
    await tx.delete(sessions).where(and(eq(sessions.id, user.sessionId), eq(sessions.userId, user.userId)));
    await recordActorAudit(tx, user, {
      action: 'logout',
      entityType: 'session',
      entityId: user.sessionId,
      at: now,
    });
  });
};

/** Signs the user out everywhere: every session of theirs, this one included. */
export const logoutEverywhere = async (orm: Orm, user: UserPrincipal, now: Date): Promise<number> =>
  orm.transaction(async (tx) => {
    const ended = await tx
      .delete(sessions)
      .where(eq(sessions.userId, user.userId))
      .returning({ id: sessions.id });
    await recordActorAudit(tx, user, {
      action: 'logout_all',
      entityType: 'session',
      entityId: user.sessionId,
      details: { sessions: ended.length },
      at: now,
    });
    return ended.length;
  });

/** Ends every session of the user except `keepSessionId` (after a password change). */
export const endOtherSessions = (exec: Executor, userId: string, keepSessionId: string) =>
  exec.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)));

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
