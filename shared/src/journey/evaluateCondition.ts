import { isConsentExpired } from '../api/consent';
import type { Condition, ConditionOperator, EventCountSpec } from './condition';
import { pickTimeZone } from './timezone';
import { addLocalDays, localDateString, toLocalDateTime } from './zonedTime';

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

function formatValue(value: unknown): string {
  if (value === undefined) return '(not set)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function asInstant(value: unknown): number | undefined {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
    const time = Date.parse(value);
    return Number.isNaN(time) ? undefined : time;
  }
  return undefined;
}

function looseEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  const na = asNumber(a);
  const nb = asNumber(b);
  if (na !== undefined && nb !== undefined && (typeof a === 'number' || typeof b === 'number'))
    return na === nb;
  if (typeof a === 'boolean' || typeof b === 'boolean') return String(a) === String(b);
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return false;
}

function compare(actual: unknown, expected: unknown): number | undefined {
  const na = asNumber(actual);
  const nb = asNumber(expected);
  if (na !== undefined && nb !== undefined) return na - nb;
  const da = asInstant(actual);
  const db = asInstant(expected);
  if (da !== undefined && db !== undefined) return da - db;
  if (typeof actual === 'string' && typeof expected === 'string')
    return actual < expected ? -1 : actual > expected ? 1 : 0;
  return undefined;
}

/** The local calendar date of a date value: a date-only string is taken as written. */
function localDateOf(value: unknown, timeZone: string): string | undefined {
  if (typeof value === 'string' && DATE_ONLY.test(value)) return value;
  const instant = asInstant(value);
  return instant === undefined ? undefined : localDateString(new Date(instant), timeZone);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** `before`/`after` operand: an ISO date or date-time, or a number of seconds from now (negative = past). */
function dateOperand(value: unknown, now: Date): unknown {
  const seconds = typeof value === 'number' ? value : undefined;
  return seconds === undefined ? value : new Date(now.getTime() + seconds * 1000);
}

function applyOperator(
  op: ConditionOperator,
  actual: unknown,
  expected: unknown,
  context: ConditionContext,
  timeZone: string,
): boolean {
  switch (op) {
    case 'eq':
      return looseEquals(actual, expected);
    case 'neq':
      return !looseEquals(actual, expected);
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      if (actual === undefined || actual === null) return false;
      const order = compare(actual, expected);
      if (order === undefined) return false;
      return op === 'gt' ? order > 0 : op === 'gte' ? order >= 0 : op === 'lt' ? order < 0 : order <= 0;
    }
    case 'in': {
      const list = Array.isArray(expected) ? expected : [expected];
      if (Array.isArray(actual))
        return actual.some((item) => list.some((candidate) => looseEquals(item, candidate)));
      return list.some((candidate) => looseEquals(actual, candidate));
    }
    case 'contains': {
      if (Array.isArray(actual)) return actual.some((item) => looseEquals(item, expected));
      if (typeof actual === 'string' && expected !== undefined && expected !== null) {
        return actual.toLocaleLowerCase().includes(String(expected).toLocaleLowerCase());
      }
      return false;
    }
    case 'exists': {
      const present = actual !== undefined && actual !== null && actual !== '';
      return expected === false ? !present : present;
    }
    case 'before':
    case 'after': {
      const operand = dateOperand(expected, context.now);
      // A date-only operand compares calendar dates in the customer's timezone.
      if (typeof operand === 'string' && DATE_ONLY.test(operand)) {
        const date = localDateOf(actual, timeZone);
        if (date === undefined) return false;
        return op === 'before' ? date < operand : date > operand;
      }
      const a = asInstant(actual);
      const b = asInstant(operand);
      if (a === undefined || b === undefined) return false;
      return op === 'before' ? a < b : a > b;
    }
    case 'anniversary': {
      const date = localDateOf(actual, timeZone);
      if (date === undefined) return false;
      const daysAhead = typeof expected === 'number' ? expected : 0;
      const today = toLocalDateTime(context.now, timeZone);
      const target = addLocalDays(today, daysAhead);
      const month = Number(date.slice(5, 7));
      let day = Number(date.slice(8, 10));
      // 29 February anniversaries are celebrated on 28 February in common years.
      if (month === 2 && day === 29 && !isLeapYear(target.year)) day = 28;
      return month === target.month && day === target.day;
    }
  }
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
    const result = applyOperator(condition.op, actual, condition.value, context, timeZone);
    return {
      result,
      explanation: `${describeLeaf(condition.attribute, condition.op, condition.value)} was ${verdict(result)}: ${condition.attribute} = ${formatValue(actual)}`,
    };
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
    const result = applyOperator(condition.op, actual, condition.value, context, timeZone);
    return {
      result,
      explanation: `${describeLeaf(subject, condition.op, condition.value)} was ${verdict(result)}: ${subject} = ${formatValue(actual)}`,
    };
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
  const result = applyOperator(spec.op, count, spec.value, context, timeZone);
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
