import type { EntryRefusal } from '@journeyflow/shared/journey/entryRefusal';
import { evaluateCondition } from '@journeyflow/shared/journey/evaluateCondition';
import type { NodeSettings } from '@journeyflow/shared/journey/graph';
import { type CustomerRecord, conditionCustomer } from '../step/customerRecord';
import type { TriggerEvent } from '../step/runRecord';
import type { StepEnv } from '../step/stepEnv';

function readPath(source: unknown, path: string): unknown {
  let value = source;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * entry.behavior: at least `minCount` matching events within `withinSeconds` before this one (placed by
 * their timestamps), counted per `groupBy` value when set, and none of `withoutEvent` in the same window.
 */
export async function behaviorMatches(
  env: StepEnv,
  settings: NodeSettings<'entry.behavior'>,
  customer: CustomerRecord,
  event: TriggerEvent,
  timezone: string,
): Promise<{ matched: true; reason: string } | { matched: false; reason: string; refusal: EntryRefusal }> {
  const window = {
    event: settings.event,
    minCount: settings.minCount,
    withinSeconds: settings.withinSeconds,
  };
  const at = new Date(event.ts);
  const since = new Date(at.getTime() - settings.withinSeconds * 1000);
  const groupValue = settings.groupBy ? readPath(event, settings.groupBy) : undefined;
  if (settings.groupBy && groupValue === undefined)
    return {
      matched: false,
      reason: `no ${settings.groupBy}`,
      refusal: { code: 'behavior_window_not_met', params: { ...window, groupBy: settings.groupBy } },
    };
  const rows = await env.tx.query<{ properties: Record<string, unknown>; ts: Date | string }>(
    `select properties, ts from events where workspace_id = $1 and customer_id = $2 and name = $3
      and ts > $4::timestamptz and ts <= $5::timestamptz order by ts desc limit 10000`,
    [customer.workspaceId, customer.id, settings.event, since.toISOString(), at.toISOString()],
  );
  let count = 0;
  for (const row of rows) {
    const candidate = { name: settings.event, properties: row.properties ?? {} };
    if (
      settings.groupBy &&
      JSON.stringify(readPath(candidate, settings.groupBy)) !== JSON.stringify(groupValue)
    )
      continue;
    if (settings.where) {
      const ts = row.ts instanceof Date ? row.ts.toISOString() : String(row.ts);
      const check = evaluateCondition(settings.where, {
        customer: conditionCustomer(customer, env.now),
        trigger: { name: settings.event, properties: candidate.properties, timestamp: ts },
        now: env.now,
        timezone,
      });
      if (!check.result) continue;
    }
    count++;
  }
  const grouped = settings.groupBy ? ` with ${settings.groupBy} = ${JSON.stringify(groupValue)}` : '';
  if (count < settings.minCount) {
    return {
      matched: false,
      reason: `${count} × ${settings.event}${grouped} in window < ${settings.minCount}`,
      refusal: { code: 'behavior_window_not_met', params: { ...window, count } },
    };
  }
  if (settings.withoutEvent) {
    const [row] = await env.tx.query<{ n: number }>(
      `select count(*)::int as n from events where workspace_id = $1 and customer_id = $2 and name = $3
        and ts > $4::timestamptz and ts <= $5::timestamptz`,
      [customer.workspaceId, customer.id, settings.withoutEvent, since.toISOString(), at.toISOString()],
    );
    if (Number(row?.n ?? 0) > 0) {
      return {
        matched: false,
        reason: `${settings.withoutEvent} happened in the window`,
        refusal: {
          code: 'behavior_window_not_met',
          params: { ...window, count, withoutEvent: settings.withoutEvent },
        },
      };
    }
  }
  return {
    matched: true,
    reason: `${count} × ${settings.event}${grouped} within ${settings.withinSeconds}s${
      settings.withoutEvent ? ` and no ${settings.withoutEvent}` : ''
    }`,
  };
}
