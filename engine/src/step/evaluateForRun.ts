import type { Condition, EventCondition } from '@journeyflow/shared/journey/condition';
import { evaluateCondition } from '@journeyflow/shared/journey/evaluateCondition';
import { type CustomerRecord, conditionCustomer } from './customerRecord';
import type { TriggerEvent } from './runRecord';
import type { StepEnv } from './stepEnv';

export type Evaluation = { readonly result: boolean; readonly explanation: string };

function eventLeaves(condition: Condition, into: EventCondition[] = []): EventCondition[] {
  if ('all' in condition) for (const c of condition.all) eventLeaves(c, into);
  else if ('any' in condition) for (const c of condition.any) eventLeaves(c, into);
  else if ('not' in condition) eventLeaves(condition.not, into);
  else if ('event' in condition) into.push(condition);
  return into;
}

function segmentLeaves(condition: Condition, into: string[] = []): string[] {
  if ('all' in condition) for (const c of condition.all) segmentLeaves(c, into);
  else if ('any' in condition) for (const c of condition.any) segmentLeaves(c, into);
  else if ('not' in condition) segmentLeaves(condition.not, into);
  else if ('segment' in condition) into.push(condition.segment);
  return into;
}

function triggerOf(event: TriggerEvent | null | undefined) {
  return event ? { name: event.name, properties: event.properties, timestamp: event.ts } : undefined;
}

/**
 * Evaluates a Condition for one customer with the shared, pure `evaluateCondition`. What the pure function
 * cannot know is fetched first: event-history counts (one indexed query per event leaf, `where` applied
 * to each event) and segment membership (`segment_members`).
 */
export async function evaluateForRun(
  env: StepEnv,
  condition: Condition,
  customer: CustomerRecord,
  trigger: TriggerEvent | null | undefined,
  timezone: string,
): Promise<Evaluation> {
  const counts = new Map<string, number>();
  const countKey = (q: { event: string; where?: unknown; withinSeconds?: number | undefined }) =>
    JSON.stringify([q.event, q.where ?? null, q.withinSeconds ?? null]);
  for (const leaf of eventLeaves(condition)) {
    const since = leaf.withinSeconds ? new Date(env.now.getTime() - leaf.withinSeconds * 1000) : new Date(0);
    if (!leaf.where) {
      const [row] = await env.tx.query<{ n: number }>(
        `select count(*)::int as n from events where workspace_id = $1 and customer_id = $2 and name = $3
          and ts >= $4::timestamptz and ts <= $5::timestamptz`,
        [customer.workspaceId, customer.id, leaf.event, since.toISOString(), env.now.toISOString()],
      );
      counts.set(countKey(leaf), Number(row?.n ?? 0));
      continue;
    }
    const rows = await env.tx.query<{ properties: Record<string, unknown>; ts: Date }>(
      `select properties, ts from events where workspace_id = $1 and customer_id = $2 and name = $3
        and ts >= $4::timestamptz and ts <= $5::timestamptz order by ts desc limit 10000`,
      [customer.workspaceId, customer.id, leaf.event, since.toISOString(), env.now.toISOString()],
    );
    let n = 0;
    for (const row of rows) {
      const ts = row.ts instanceof Date ? row.ts.toISOString() : String(row.ts);
      const check = evaluateCondition(leaf.where, {
        customer: conditionCustomer(customer, env.now),
        trigger: triggerOf({ id: '', name: leaf.event, properties: row.properties ?? {}, ts }),
        now: env.now,
        timezone,
      });
      if (check.result) n++;
    }
    counts.set(countKey(leaf), n);
  }
  const memberships = new Map<string, boolean>();
  const segmentIds = [...new Set(segmentLeaves(condition))];
  if (segmentIds.length > 0) {
    const rows = await env.tx.query<{ segment_id: string }>(
      'select segment_id from segment_members where customer_id = $1 and segment_id = any($2::text[])',
      [customer.id, segmentIds],
    );
    for (const id of segmentIds) memberships.set(id, false);
    for (const row of rows) memberships.set(row.segment_id, true);
  }
  return evaluateCondition(condition, {
    customer: conditionCustomer(customer, env.now),
    trigger: triggerOf(trigger),
    now: env.now,
    timezone,
    eventCounter: (query) => counts.get(countKey(query)) ?? 0,
    segmentMembership: (segmentId: string) => memberships.get(segmentId) ?? false,
  });
}
