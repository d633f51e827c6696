import type { CreateUserRequest, UpdateUserRequest, User } from '@journeyflow/shared/api/users';
import { and, asc, eq } from 'drizzle-orm';
import { hashPassword } from '../auth/password';
import type { UserPrincipal } from '../auth/principal';
import type { Executor, Orm } from '../db/database';
import { insertOne } from '../db/insertOne';
import { sessions } from '../db/schema/sessions';
import { users } from '../db/schema/users';
import { ConflictError, NotFoundError } from '../errors/domainErrors';
import { newId } from '../ids';
import { assertRole } from './permissions';
import { recordActorAudit } from './recordAudit';

type UserRow = typeof users.$inferSelect;

export const toUserView = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  active: row.active,
  workspaceId: row.workspaceId,
  createdAt: row.createdAt.toISOString(),
});

/** Inserts a user into a workspace; the email must be free on the whole server (login is by email alone). */
export const insertUser = async (
  exec: Executor,
  workspaceId: string,
  input: CreateUserRequest,
  now: Date,
  passwordHash?: string,
): Promise<UserRow> => {
  const email = input.email.trim().toLowerCase();
  const [taken] = await exec.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (taken) throw new ConflictError('A user with this email already exists', { field: 'email' });
  return insertOne(exec, users, {
    id: newId('usr'),
    workspaceId,
    email,
    name: input.name.trim(),
    role: input.role,
    passwordHash: passwordHash ?? (await hashPassword(input.password)),
    createdAt: now,
    updatedAt: now,
  });
};

export const createUser = async (
  orm: Orm,
  actor: UserPrincipal,
  input: CreateUserRequest,
  now: Date,
): Promise<User> => {
  assertRole(actor, 'admin', 'add users');
  // Hash outside the transaction: it is the slow part and needs no lock.
  const passwordHash = await hashPassword(input.password);
  return orm.transaction(async (tx) => {
    const row = await insertUser(tx, actor.workspaceId, input, now, passwordHash);
    await recordActorAudit(tx, actor, {
      action: 'user.create',
      entityType: 'user',
      entityId: row.id,
      details: { email: row.email, role: row.role },
      at: now,
    });
    return toUserView(row);
  });
};

export const listUsers = async (orm: Orm, actor: UserPrincipal): Promise<User[]> => {
  assertRole(actor, 'admin', 'list users');
  const rows = await orm
    .select()
    .from(users)
    .where(eq(users.workspaceId, actor.workspaceId))
    .orderBy(asc(users.createdAt), asc(users.email));
  return rows.map(toUserView);
};

/** Changes role, name or active flag. Deactivating ends the user's sessions at once. */
export const updateUser = async (
  orm: Orm,
  actor: UserPrincipal,
  userId: string,
  patch: UpdateUserRequest,
  now: Date,
): Promise<User> => {
  assertRole(actor, 'admin', 'change users');
  if (userId === actor.userId && (patch.active === false || (patch.role && patch.role !== 'admin'))) {
    // Otherwise an admin could lock the workspace out of its own administration.
    throw new ConflictError('You cannot deactivate yourself or give up your own admin role');
  }
  return orm.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, userId), eq(users.workspaceId, actor.workspaceId)))
      .for('update');
    if (!existing) throw new NotFoundError('User');
    const [row] = await tx
      .update(users)
      .set({
        ...(patch.role === undefined ? {} : { role: patch.role }),
        ...(patch.active === undefined ? {} : { active: patch.active }),
        ...(patch.name === undefined ? {} : { name: patch.name.trim() }),
        updatedAt: now,
      })
      .where(eq(users.id, userId))
      .returning();
    if (!row) throw new NotFoundError('User');
    if (patch.active === false) {
      await tx.delete(sessions).where(eq(sessions.userId, userId));
    }
    await recordActorAudit(tx, actor, {
      action: 'user.update',
      entityType: 'user',
      entityId: userId,
      before: toUserView(existing),
      after: toUserView(row),
      details: {
        ...(patch.role === undefined ? {} : { role: { from: existing.role, to: patch.role } }),
        ...(patch.active === undefined ? {} : { active: { from: existing.active, to: patch.active } }),
        ...(patch.name === undefined ? {} : { name: patch.name }),
      },
      at: now,
    });
    return toUserView(row);
  });
};
