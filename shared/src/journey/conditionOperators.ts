import type { ConditionOperator } from './condition';
import { addLocalDays, localDateString, toLocalDateTime } from './zonedTime';

// The operators of a condition leaf (`eq`, `gt`, `before`, `anniversary`, …) and how values are read and
// shown for them; evaluateCondition.ts walks the condition tree and asks these.

export function formatValue(value: unknown): string {
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

export function applyOperator(
  op: ConditionOperator,
  actual: unknown,
  expected: unknown,
  now: Date,
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
      const operand = dateOperand(expected, now);
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
      const today = toLocalDateTime(now, timeZone);
      const target = addLocalDays(today, daysAhead);
      const month = Number(date.slice(5, 7));
      let day = Number(date.slice(8, 10));
      // 29 February anniversaries are celebrated on 28 February in common years.
      if (month === 2 && day === 29 && !isLeapYear(target.year)) day = 28;
      return month === target.month && day === target.day;
    }
  }
}
