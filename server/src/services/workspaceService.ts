import type { CreateWorkspaceRequest, CreateWorkspaceResponse } from '@journeyflow/shared/api/workspaces';
import { hashPassword } from '../auth/password';
import type { UserPrincipal } from '../auth/principal';
import type { Orm } from '../db/database';
import { insertOne } from '../db/insertOne';
import { workspaces } from '../db/schema/workspaces';
import { newId } from '../ids';
import { assertRole } from './permissions';
import { recordAudit } from './recordAudit';
import { insertUser, toUserView } from './userService';

/**
 * Creates a separate workspace with its first admin (SPEC §10). The creating admin gets no access to it:
 * nothing links the two workspaces.
 */
export const createWorkspace = async (
  orm: Orm,
  actor: UserPrincipal | null,
  input: CreateWorkspaceRequest,
  now: Date,
): Promise<CreateWorkspaceResponse> => {
  if (actor) assertRole(actor, 'admin', 'create workspaces');
  const passwordHash = await hashPassword(input.admin.password);
  return orm.transaction(async (tx) => {
    const workspace = await insertOne(tx, workspaces, {
      id: newId('ws'),
      name: input.name.trim(),
      ...(input.timezone ? { timezone: input.timezone } : {}),
      createdAt: now,
    });
    const admin = await insertUser(tx, workspace.id, { ...input.admin, role: 'admin' }, now, passwordHash);
    await recordAudit(tx, {
      workspaceId: workspace.id,
      actorId: actor?.userId ?? null,
      action: 'workspace.create',
      entityType: 'workspace',
      entityId: workspace.id,
      details: { createdFromWorkspace: actor?.workspaceId ?? null, adminEmail: admin.email },
      at: now,
    });
    return {
      workspace: {
        id: workspace.id,
        name: workspace.name,
        timezone: workspace.timezone,
        createdAt: workspace.createdAt.toISOString(),
      },
      admin: toUserView(admin),
    };
  });
};
