import { and, desc, eq, gt, inArray } from 'drizzle-orm';
import type { UserPrincipal } from '../auth/principal';
import type { Executor } from '../db/database';
import { auditLog } from '../db/schema/auditLog';
import { SelfApprovalError } from '../errors/domainErrors';

/** Audit actions that put someone's hand on a journey draft's content. */
const AUTHORING_ACTIONS = ['created', 'updated'];

/**
 * Who created or edited the journey's draft since its last publish, from the audit log (the record of who
 * touched it). The review screen hides "Approve" from them; `assertFourEyes` refuses them.
 */
export const draftAuthors = async (
  exec: Executor,
  workspaceId: string,
  journeyId: string,
): Promise<string[]> => {
  const scope = and(
    eq(auditLog.workspaceId, workspaceId),
    eq(auditLog.entityType, 'journey'),
    eq(auditLog.entityId, journeyId),
  );
  const [lastPublish] = await exec
    .select({ at: auditLog.createdAt })
    .from(auditLog)
    .where(and(scope, eq(auditLog.action, 'published')))
    .orderBy(desc(auditLog.createdAt))
    .limit(1);
  const rows = await exec
    .selectDistinct({ actorId: auditLog.actorId })
    .from(auditLog)
    .where(
      and(
        scope,
        inArray(auditLog.action, AUTHORING_ACTIONS),
        ...(lastPublish ? [gt(auditLog.createdAt, lastPublish.at)] : []),
      ),
    );
  return rows.flatMap((row) => (row.actorId ? [row.actorId] : [])).sort();
};

/**
 * Four eyes (SPEC §1): whoever created or edited the draft since the last publish, or submitted it, may
 * not approve it — whatever their role, admins included (403 `self_approval`). Letting someone else press
 * "submit" does not get around it.
 */
export const assertFourEyes = async (
  exec: Executor,
  actor: UserPrincipal,
  journeyId: string,
  submittedBy: string | null,
): Promise<void> => {
  if (submittedBy === actor.userId) throw new SelfApprovalError();
  if ((await draftAuthors(exec, actor.workspaceId, journeyId)).includes(actor.userId)) {
    throw new SelfApprovalError(
      'You created or edited this draft since the last publish; another reviewer must approve it',
      { reason: 'edited_draft' },
    );
  }
};
