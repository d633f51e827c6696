import { isConsentExpired } from '../api/consent';
import type { Condition, ConditionOperator, EventCountSpec } from './condition';
import { applyOperator, formatValue } from './conditionOperators';
import { pickTimeZone } from './timezone';

/** Consent older than two years counts as expired (SPEC §5). */

/** What a condition can read about a customer. */
export type ConditionCustomer = {
  readonly externalId?: string;
  readonly attributes: Readonly<Record<string, unknown>>;
  readonly grade?: string | null;
  readonly timezone?: string | null;
  readonly locale?: string | null;
  /** ISO date each consent was given, or null when withdrawn. */
  readonly consent?: Readonly<Partial<Record<'sms' | 'kakao' | 'push' | 'email' | 'night', string | null>>>;
  readonly rfm?: Readonly<Partial<Record<'recency_days' | 'frequency_90d' | 'monetary_90d', number | null>>>;
};

/** An event as conditions see it: the trigger of the run, or one event of the history. */
export type ConditionEvent = {
  readonly name: string;
  readonly properties?: Readonly<Record<string, unknown>>;
  readonly timestamp?: string | Date;
};

/** The history question an `event` condition asks; the caller answers it from its event store. */
export type EventCountQuery = {
  readonly event: string;
  /** Filter on each event; inside it, `trigger` paths read that event. */
  readonly where?: Condition;
  /** Only events in the last `withinSeconds` before `now`; all history when absent. */
  readonly withinSeconds?: number;
};

export type ConditionContext = {
  readonly customer: ConditionCustomer;
  /** The event that started the run (or, inside an event's `where`, the event being matched). */
  readonly trigger?: ConditionEvent;
  readonly now: Date;
  /** Used when the customer has no timezone of their own; UTC when neither is known. */
  readonly timezone?: string;
  readonly eventCounter?: (query: EventCountQuery) => number;
  readonly segmentMembership?: (segmentId: string) => boolean;
};

export type ConditionResult = { readonly result: boolean; readonly explanation: string };

const BUILTIN_ROOTS = new Set(['grade', 'timezone', 'locale', 'externalId', 'consent', 'rfm']);

function getPath(root: unknown, path: readonly string[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Reads an attribute path: built-ins first (`grade`, `timezone`, `locale`, `externalId`,
 * `consent.<channel>`, `rfm.<metric>`), then custom attributes (optionally written `attributes.x`).
 * `consent.*` is the date consent was given, or undefined when withdrawn or expired.
 */
export function readCustomerPath(customer: ConditionCustomer, path: string, now: Date): unknown {
  const parts = path.split('.');
  const root = parts[0]!;
  if (root === 'attributes') return getPath(customer.attributes, parts.slice(1));
  if (BUILTIN_ROOTS.has(root)) {
    if (root === 'consent') {
      const given = getPath(customer.consent, parts.slice(1));
      if (typeof given !== 'string' || given === '') return undefined;
      const at = Date.parse(given);
      return Number.isNaN(at) || isConsentExpired(at, now) ? undefined : given;
    }
    if (root === 'rfm') return getPath(customer.rfm, parts.slice(1)) ?? undefined;
    if (parts.length === 1)
      return customer[root as 'grade' | 'timezone' | 'locale' | 'externalId'] ?? undefined;
  }
  return getPath(customer.attributes, parts);
}

function describeLeaf(subject: string, op: ConditionOperator, value: unknown): string {
  if (op === 'exists') return `${subject} ${value === false ? 'does not exist' : 'exists'}`;
  if (op === 'anniversary') {
    const days = typeof value === 'number' ? value : 0;
    return `${subject} anniversary ${days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`}`;
  }
  return `${subject} ${op} ${formatValue(value)}`;
}

function describeCount(count: EventCountSpec | undefined): string {
  if (!count) return 'count ≥ 1';
  const symbols = { eq: '=', neq: '≠', gt: '>', gte: '≥', lt: '<', lte: '≤' } as const;
  return `count ${symbols[count.op]} ${count.value}`;
}

function verdict(result: boolean): string {
  return result ? 'true' : 'false';
}

/** A leaf's verdict on the value it read, explained as `subject op value was … : subject = actual`. */
function leafResult(
  subject: string,
  leaf: { readonly op: ConditionOperator; readonly value?: unknown },
  actual: unknown,
  now: Date,
  timeZone: string,
): ConditionResult {
  const result = applyOperator(leaf.op, actual, leaf.value, now, timeZone);
  return {
    result,
    explanation: `${describeLeaf(subject, leaf.op, leaf.value)} was ${verdict(result)}: ${subject} = ${formatValue(actual)}`,
  };
}

/**
 * Evaluates a Condition (SPEC §2) purely, with a one-line explanation for the trace, e.g.
 * `grade in [VIP] was false: grade = Gold`. Event history and segment membership come from the
 * callbacks; without them such conditions are false and say so.
 */
export function evaluateCondition(condition: Condition, context: ConditionContext): ConditionResult {
  const timeZone = pickTimeZone(context.customer.timezone, context.timezone);

  if ('all' in condition) {
    for (const child of condition.all) {
      const outcome = evaluateCondition(child, context);
      if (!outcome.result)
        return {
          result: false,
          explanation: `all of ${condition.all.length} was false: ${outcome.explanation}`,
        };
    }
    return { result: true, explanation: `all of ${condition.all.length} were true` };
  }
  if ('any' in condition) {
    const reasons: string[] = [];
    for (const child of condition.any) {
      const outcome = evaluateCondition(child, context);
      if (outcome.result)
        return {
          result: true,
          explanation: `any of ${condition.any.length} was true: ${outcome.explanation}`,
        };
      reasons.push(outcome.explanation);
    }
    return {
      result: false,
      explanation: `none of ${condition.any.length} was true${reasons.length > 0 ? `: ${reasons.join('; ')}` : ''}`,
    };
  }
  if ('not' in condition) {
    const outcome = evaluateCondition(condition.not, context);
    return { result: !outcome.result, explanation: `not (${outcome.explanation})` };
  }
  if ('attribute' in condition) {
    const actual = readCustomerPath(context.customer, condition.attribute, context.now);
    return leafResult(condition.attribute, condition, actual, context.now, timeZone);
  }
  if ('trigger' in condition) {
    const subject = `event.${condition.trigger}`;
    if (!context.trigger) {
      return {
        result: false,
        explanation: `${describeLeaf(subject, condition.op, condition.value)} was false: no triggering event`,
      };
    }
    const actual = getPath(context.trigger, condition.trigger.split('.'));
    return leafResult(subject, condition, actual, context.now, timeZone);
  }
  if ('segment' in condition) {
    const label = `${condition.in ? 'in' : 'not in'} segment ${condition.segment}`;
    if (!context.segmentMembership)
      return { result: false, explanation: `${label} was false: segment membership unknown` };
    const member = context.segmentMembership(condition.segment);
    const result = member === condition.in;
    return {
      result,
      explanation: `${label} was ${verdict(result)}: customer is ${member ? '' : 'not '}a member`,
    };
  }
  const window = condition.withinSeconds !== undefined ? ` within ${condition.withinSeconds}s` : '';
  const label = `${condition.event}${window} ${describeCount(condition.count)}`;
  if (!context.eventCounter)
    return { result: false, explanation: `${label} was false: event history unavailable` };
  const count = context.eventCounter({
    event: condition.event,
    ...(condition.where ? { where: condition.where } : {}),
    ...(condition.withinSeconds !== undefined ? { withinSeconds: condition.withinSeconds } : {}),
  });
  const spec = condition.count ?? { op: 'gte', value: 1 };
  const result = applyOperator(spec.op, count, spec.value, context.now, timeZone);
  return { result, explanation: `${label} was ${verdict(result)}: count = ${count}` };
}

/** Whether `event` matches an optional `where` whose `trigger` paths read that event. */
export function eventMatches(
  where: Condition | undefined,
  event: ConditionEvent,
  context: Omit<ConditionContext, 'trigger'>,
): ConditionResult {
  if (!where) return { result: true, explanation: `${event.name} matched` };
  return evaluateCondition(where, { ...context, trigger: event });
}

/** Every history question and segment a condition may ask, so a caller can prefetch the answers. */
export function conditionDependencies(condition: Condition | undefined): {
  events: EventCountQuery[];
  segments: string[];
} {
  const events: EventCountQuery[] = [];
  const segments = new Set<string>();
  const visit = (node: Condition) => {
    if ('all' in node) node.all.forEach(visit);
    else if ('any' in node) node.any.forEach(visit);
    else if ('not' in node) visit(node.not);
    else if ('segment' in node) segments.add(node.segment);
    else if ('event' in node) {
      events.push({
        event: node.event,
        ...(node.where ? { where: node.where } : {}),
        ...(node.withinSeconds !== undefined ? { withinSeconds: node.withinSeconds } : {}),
      });
    }
  };
  if (condition) visit(condition);
  return { events, segments: [...segments] };
}
