import { and, eq } from 'drizzle-orm';
import type { UserPrincipal } from '../auth/principal';
import { approvals } from '../db/schema/approvals';
import { journeys } from '../db/schema/journeys';
import { InvalidTransitionError } from '../errors/domainErrors';
import { applyLifecycleToRuns } from './journeyRunsLifecycle';
import { loadJourneyView, lockJourney } from './journeyService';
import type { JourneyRow, JourneyView } from './journeyView';
import { audit, broadcastLiveChange, isPublished, type WorkflowDeps } from './journeyWorkflow';
import { assertRole } from './permissions';

type LifecycleAction = 'pause' | 'resume' | 'archive';

const LIFECYCLE: Record<
  LifecycleAction,
  {
    from: readonly JourneyRow['status'][];
    to: JourneyRow['status'];
    audit: 'paused' | 'resumed' | 'archived';
  }
> = {
  pause: { from: ['live'], to: 'paused', audit: 'paused' },
  resume: { from: ['paused'], to: 'live', audit: 'resumed' },
  archive: { from: ['draft', 'in_review', 'approved', 'live', 'paused'], to: 'archived', audit: 'archived' },
};

/** Pause, resume and archive (SPEC §1: admins). Entry indexes in every process are told to reload. */
export const changeLifecycle = async (
  deps: WorkflowDeps,
  actor: UserPrincipal,
  id: string,
  action: LifecycleAction,
  comment: string | undefined,
): Promise<JourneyView> => {
  const now = deps.now();
  const rule = LIFECYCLE[action];
  let affectedLive = false;
  const view = await deps.db.orm.transaction(async (tx) => {
    const row = await lockJourney(tx, actor, id);
    assertRole(actor, 'admin', `${action} journeys`);
    if (!rule.from.includes(row.status)) throw new InvalidTransitionError(action, row.status);
    affectedLive = isPublished(row);
    await tx.update(journeys).set({ status: rule.to, updatedAt: now }).where(eq(journeys.id, id));
    // Runs and queued messages change in the same transaction: nothing is sent after the pause commits.
    if (affectedLive) await applyLifecycleToRuns(tx, deps.db.kind, id, action, now);
    if (action === 'archive') {
      // An archived journey can never be published, so its open submission is void.
      await tx
        .update(approvals)
        .set({ state: 'superseded' })
        .where(and(eq(approvals.journeyId, id), eq(approvals.state, 'pending')));
    }
    await audit(tx, actor, row, rule.audit, row.contentHash, now, comment, { from: row.status, to: rule.to });
    return loadJourneyView(tx, actor, id);
  });
  if (affectedLive) await broadcastLiveChange(deps.db, { workspaceId: actor.workspaceId, journeyId: id });
  return view;
};
