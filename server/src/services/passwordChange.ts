import type { ChangePasswordRequest } from '@journeyflow/shared/api/account';
import { eq } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '../auth/password';
import type { UserPrincipal } from '../auth/principal';
import type { Orm } from '../db/database';
import { users } from '../db/schema/users';
import { WrongCurrentPasswordError } from '../errors/authErrors';
import { endOtherSessions } from './authService';
import { recordActorAudit } from './recordAudit';

/**
 * Changes the signed-in user's password after checking the current one, and signs out their other
 * sessions (a stolen cookie stops working); the session making the change stays signed in.
 */
export const changePassword = async (
  orm: Orm,
  user: UserPrincipal,
  input: ChangePasswordRequest,
  now: Date,
): Promise<void> => {
  const [row] = await orm
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, user.userId));
  if (!row || !(await verifyPassword(input.currentPassword, row.passwordHash))) {
    throw new WrongCurrentPasswordError();
  }
  const passwordHash = await hashPassword(input.newPassword);
  await orm.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, user.userId));
    await endOtherSessions(tx, user.userId, user.sessionId);
    await recordActorAudit(tx, user, {
      action: 'password_changed',
      entityType: 'user',
      entityId: user.userId,
      at: now,
    });
  });
};
