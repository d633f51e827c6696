import { describeEntryRefusal, type EntryRefusal } from '@journeyflow/shared/journey/entryRefusal';
import type { JourneyNode } from '@journeyflow/shared/journey/graph';
import { parseDateTimeInZone } from '@journeyflow/shared/journey/zonedTime';
import type { CustomerRecord } from '../step/customerRecord';
import { recordRefusal } from '../step/entryRefusals';
import type { RunRecord, TriggerEvent } from '../step/runRecord';
import { stableBucket } from '../step/stableBucket';
import type { StepEnv } from '../step/stepEnv';
import type { LoadedVersion } from '../step/versionCache';
import { advanceRun } from './advanceRun';

export type EntryDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly refusal: EntryRefusal };

/** One customer's way into a journey version. */
export type Entry = {
  readonly customer: CustomerRecord;
  /** Unique per version: the same key never starts a second run (`runs_version_entry_uq`). */
  readonly key: string;
  /** The event that let the customer in; null for segment, schedule and API entries. */
  readonly trigger: TriggerEvent | null;
  /** Why the customer was let in, for the trace. */
  readonly reason?: string | undefined;
  /** Keys not derived from a fresh event id (segment, schedule) may repeat after a retry: look first. */
  readonly keyMayRepeat?: boolean;
};

const refuse = (refusal: EntryRefusal): EntryDecision => ({ allowed: false, refusal });

/** Re-entry mode, cooldown and the hourly entry limit (SPEC §2 journey rules). */
export async function checkEntry(
  env: StepEnv,
  version: LoadedVersion,
  customerId: string,
): Promise<EntryDecision> {
  const { reentry, entryLimit, startsAt, endsAt, timezone } = version.settings;
  // Active period first: outside it no other rule matters (and no entry-limit slot is taken).
  const starts = startsAt ? parseDateTimeInZone(startsAt, timezone) : undefined;
  if (startsAt && starts && env.now.getTime() < starts.getTime())
    return refuse({ code: 'outside_active_period', params: { startsAt } });
  const ends = endsAt ? parseDateTimeInZone(endsAt, timezone) : undefined;
  if (endsAt && ends && env.now.getTime() >= ends.getTime())
    return refuse({ code: 'outside_active_period', params: { endsAt } });
  const unrestricted = reentry.mode === 'always' && !reentry.cooldownSeconds;
  const cooldownSeconds = reentry.cooldownSeconds ?? 0;
  for (const pending of unrestricted ? [] : env.writes.newRuns.values()) {
    if (pending.journeyId === version.journeyId && pending.customerId === customerId) {
      // Entered earlier in this very batch: the same rule that would refuse it once stored.
      const rule = reentry.mode === 'always' ? 'cooldown' : reentry.mode;
      return refuse({
        code: 'reentry_refused',
        params: { rule, ...(rule === 'cooldown' ? { cooldownSeconds } : {}) },
      });
    }
  }
  const [row] = unrestricted
    ? [{ active: 0, total: 0, last_entered: null }]
    : await env.tx.query<{ active: number; total: number; last_entered: Date | string | null }>(
        `select count(*) filter (where status in ('active', 'waiting', 'paused'))::int as active, count(*)::int as total,
       max(entered_at) as last_entered
     from runs where workspace_id = $1 and customer_id = $2 and journey_id = $3`,
        [version.workspaceId, customerId, version.journeyId],
      );
  const total = Number(row?.total ?? 0);
  const active = Number(row?.active ?? 0);
  if (total > 0) {
    if (reentry.mode === 'never') return refuse({ code: 'reentry_refused', params: { rule: 'never' } });
    if (reentry.mode === 'after_exit' && active > 0)
      return refuse({ code: 'reentry_refused', params: { rule: 'after_exit' } });
    const last = row?.last_entered ? new Date(row.last_entered) : undefined;
    const cooldown = cooldownSeconds * 1000;
    if (last && cooldown > 0 && env.now.getTime() - last.getTime() < cooldown) {
      return refuse({ code: 'reentry_refused', params: { rule: 'cooldown', cooldownSeconds } });
    }
  }
  if (entryLimit) {
    const hour = new Date(Math.floor(env.now.getTime() / 3_600_000) * 3_600_000).toISOString();
    const counted = await env.tx.query(
      `insert into entry_counters (workspace_id, journey_id, hour, count) values ($4, $1, $2::timestamptz, 1)
       on conflict (workspace_id, journey_id, hour) do update set count = entry_counters.count + 1
       where entry_counters.count < $3 returning count`,
      [version.journeyId, hour, entryLimit, version.workspaceId],
    );
    if (counted.length === 0) return refuse({ code: 'entry_limit', params: { limit: entryLimit } });
  }
  return { allowed: true };
}

/**
 * Starts a run on the version's entry node and steps it at once to its first wait or end (in the
 * caller's transaction). Holdout is stable per customer and journey, so the control group stays put.
 */
export async function startRun(env: StepEnv, version: LoadedVersion, entry: Entry): Promise<RunRecord> {
  const { customer, key: entryKey, trigger, reason: entryReason } = entry;
  const id = env.ports.ids.newId('run');
  const entryNode: JourneyNode = version.compiled.entryNode;
  const { snapshot } = version.compiled.start();
  const run: RunRecord = {
    id,
    workspaceId: version.workspaceId,
    journeyId: version.journeyId,
    version: version.version,
    versionId: version.versionId,
    customerId: customer.id,
    entryKey,
    status: 'active',
    currentNode: entryNode.id,
    visits: snapshot.visits,
    wakeAt: null,
    waitingEvent: null,
    waitingFilter: null,
    triggerEvent: trigger,
    bucket: stableBucket(id),
    holdout: stableBucket(`${customer.id}:${version.journeyId}:holdout`) < version.settings.holdoutPercent,
    enteredAt: env.now,
    nodeEnteredAt: env.now,
    endedAt: null,
    traceSeq: 0,
    ...(entryReason ? { entryReason } : {}),
  };
  env.customers.set(customer.id, customer);
  await advanceRun(env, run, version, { kind: 'enter' }, true);
  return run;
}

/**
 * Checks the journey rules, then starts the run. A refusal by a rule is recorded for the customer's trace
 * and the journey's stats (`recordRefusal`) and returned with its English reason.
 */
export async function tryEnter(
  env: StepEnv,
  version: LoadedVersion,
  entry: Entry,
): Promise<{ run?: RunRecord; reason?: string; refusal?: EntryRefusal }> {
  const { customer } = entry;
  if (entry.keyMayRepeat) {
    const seen = await env.tx.query('select 1 from runs where version_id = $1 and entry_key = $2', [
      version.versionId,
      entry.key,
    ]);
    if (seen.length > 0) return { reason: 'already entered with this key' };
  }
  const decision = await checkEntry(env, version, customer.id);
  if (!decision.allowed) {
    recordRefusal(env, version, customer.id, decision.refusal);
    return { reason: describeEntryRefusal(decision.refusal), refusal: decision.refusal };
  }
  return { run: await startRun(env, version, entry) };
}
