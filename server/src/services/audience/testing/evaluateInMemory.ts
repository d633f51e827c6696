import type { Condition } from '@journeyflow/shared/journey/condition';
import {
  type ConditionCustomer,
  type EventCountQuery,
  evaluateCondition,
} from '@journeyflow/shared/journey/evaluateCondition';
import type { TestCustomer, TestEvent } from './randomAudience';

/** The in-memory side of the compileCondition suite: the shared evaluator with event counts and memberships computed from the arrays. */
export const evaluateInMemory = (
  condition: Condition,
  customer: TestCustomer,
  events: readonly TestEvent[],
  staticMembers: ReadonlyMap<string, ReadonlySet<string>>,
  dynamic: ReadonlyMap<string, Condition>,
  now: Date,
  defaultTimezone: string,
): boolean => {
  const view: ConditionCustomer = {
    externalId: customer.externalId,
    attributes: customer.attributes,
    grade: customer.grade,
    timezone: customer.timezone,
    locale: null,
    consent: customer.consent,
    rfm: {
      recency_days: customer.lastPurchaseAt
        ? Math.floor((now.getTime() - customer.lastPurchaseAt.getTime()) / 86_400_000)
        : null,
      frequency_90d: customer.frequency90d,
      monetary_90d: customer.monetary90d,
    },
  };
  const mine = events.filter((e) => e.customerId === customer.id);
  const ctxFor = (visiting: ReadonlySet<string>) => ({
    customer: view,
    now: now,
    timezone: customer.timezone ?? defaultTimezone,
    eventCounter: (leaf: EventCountQuery) =>
      mine.filter((e) => {
        if (e.name !== leaf.event || e.ts > now) return false;
        if (leaf.withinSeconds !== undefined && e.ts.getTime() < now.getTime() - leaf.withinSeconds * 1000)
          return false;
        if (!leaf.where) return true;
        const trigger = { name: e.name, properties: e.properties, timestamp: e.ts.toISOString() };
        return evaluateCondition(leaf.where, { ...ctxFor(visiting), trigger }).result;
      }).length,
    segmentMembership: (segmentId: string): boolean => {
      const members = staticMembers.get(segmentId);
      if (members) return members.has(customer.id);
      const condition = dynamic.get(segmentId);
      if (!condition || visiting.has(segmentId)) return false;
      return evaluateCondition(condition, ctxFor(new Set([...visiting, segmentId]))).result;
    },
  });
  return evaluateCondition(condition, ctxFor(new Set())).result;
};
