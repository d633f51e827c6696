import { and, desc, eq, gt, inArray } from 'drizzle-orm';
import type { UserPrincipal } from '../auth/principal';
import type { Executor } from '../db/database';
import { auditLog } from '../db/schema/auditLog';
import { SelfApprovalError } from '../errors/domainErrors';

/** Audit actions that put someone's hand on a journey draft's content. */
const AUTHORING_ACTIONS = ['created', 'updated'];

/**
 * Four eyes (SPEC §1): whoever created or edited the draft since the last publish, or submitted it, may
 * not approve it — whatever their role, admins included (403 `self_approval`). The audit log is the record
 * of who touched the draft, so this cannot be walked around by letting someone else press "submit".
 */
export const assertFourEyes = async (
  exec: Executor,
  actor: UserPrincipal,
  journeyId: string,
  submittedBy: string | null,
): Promise<void> => {
  if (submittedBy === actor.userId) throw new SelfApprovalError();
  const scope = and(
    eq(auditLog.workspaceId, actor.workspaceId),
    eq(auditLog.entityType, 'journey'),
    eq(auditLog.entityId, journeyId),
  );
  const [lastPublish] = await exec
    .select({ at: auditLog.createdAt })
    .from(auditLog)
    .where(and(scope, eq(auditLog.action, 'published')))
    .orderBy(desc(auditLog.createdAt))
    .limit(1);
  const [authored] = await exec
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        scope,
        eq(auditLog.actorId, actor.userId),
        inArray(auditLog.action, AUTHORING_ACTIONS),
        ...(lastPublish ? [gt(auditLog.createdAt, lastPublish.at)] : []),
      ),
    )
    .limit(1);
  if (authored) {
    throw new SelfApprovalError(
      'You created or edited this draft since the last publish; another reviewer must approve it',
      { reason: 'edited_draft' },
    );
  }
};
