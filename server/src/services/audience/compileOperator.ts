import type { ConditionOperator } from '@journeyflow/shared/journey/condition';
import { DATE_ONLY_SQL_PATTERN, safeTimestampSql } from './safeTimestampSql';
import type { SqlParams } from './sqlParams';

/**
 * A SQL expression for the value a condition reads. `jsonb`: any JSON (SQL NULL = not set, JSON
 * null = null); `text` / `number`: a typed column (SQL NULL = not set).
 */
export type ValueExpr = { readonly kind: 'jsonb' | 'text' | 'number'; readonly sql: string };

/** What JavaScript's Number() accepts as a decimal (the evaluator's `asNumber` on strings). */
const NUMERIC_TEXT = "'^\\s*[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$'";
const DATE_PREFIX = "'^[0-9]{4}-[0-9]{2}-[0-9]{2}'";
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

// --- the evaluator's coercions, as SQL over a ValueExpr -------------------------------------------

const str = (v: ValueExpr): string =>
  v.kind === 'text'
    ? v.sql
    : v.kind === 'jsonb'
      ? `(CASE WHEN jsonb_typeof(${v.sql}) = 'string' THEN ${v.sql} #>> '{}' END)`
      : 'NULL::text';

/** asNumber: finite numbers, and strings that read as a decimal number. */
const num = (v: ValueExpr): string => {
  if (v.kind === 'number') return v.sql;
  if (v.kind === 'text') return `(CASE WHEN ${v.sql} ~ ${NUMERIC_TEXT} THEN ${v.sql}::float8 END)`;
  return `(CASE jsonb_typeof(${v.sql}) WHEN 'number' THEN (${v.sql})::float8 WHEN 'string' THEN CASE WHEN (${v.sql} #>> '{}') ~ ${NUMERIC_TEXT} THEN (${v.sql} #>> '{}')::float8 END END)`;
};

/** `typeof value === 'number'`. */
const isNumberTyped = (v: ValueExpr): string =>
  v.kind === 'number'
    ? `(${v.sql} IS NOT NULL)`
    : v.kind === 'jsonb'
      ? `(jsonb_typeof(${v.sql}) = 'number')`
      : 'FALSE';

const boolText = (v: ValueExpr): string =>
  v.kind === 'jsonb'
    ? `(CASE WHEN jsonb_typeof(${v.sql}) = 'boolean' THEN ${v.sql} #>> '{}' END)`
    : 'NULL::text';

const isJsonNull = (v: ValueExpr): string =>
  v.kind === 'jsonb' ? `coalesce(jsonb_typeof(${v.sql}) = 'null', FALSE)` : 'FALSE';

/** asInstant: text starting with a date that Date.parse accepts. */
const instant = (v: ValueExpr): string => {
  const text = str(v);
  return v.kind === 'number'
    ? 'NULL::timestamptz'
    : `(CASE WHEN ${text} ~ ${DATE_PREFIX} THEN ${safeTimestampSql(text)} END)`;
};

/** localDateOf: a date-only text as written, else the instant's calendar date in `zone`. */
const localDate = (v: ValueExpr, zone: string): string => {
  const text = str(v);
  return `(CASE WHEN ${text} ~ '${DATE_ONLY_SQL_PATTERN}' THEN ${text} ELSE to_char(${instant(v)} AT TIME ZONE ${zone}, 'YYYY-MM-DD') END)`;
};

const jsNumber = (value: unknown): number | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
};

/** Years PostgreSQL reads from an ISO string: a bound outside them compares like the nearest one. */
const FIRST_INSTANT = Date.parse('0001-01-01T00:00:00.000Z');
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z');
const pgTimestamp = (ms: number): string =>
  new Date(Math.min(LAST_INSTANT, Math.max(FIRST_INSTANT, ms))).toISOString();

const jsInstant = (value: unknown): number | undefined => {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
    const time = Date.parse(value);
    return Number.isNaN(time) ? undefined : time;
  }
  return undefined;
};

/** looseEquals(actual, expected) for a constant `expected`; never NULL. */
const looseEquals = (v: ValueExpr, expected: unknown, params: SqlParams): string => {
  if (expected === undefined) return 'FALSE';
  if (expected === null) return isJsonNull(v);
  if (typeof expected === 'number') {
    return Number.isFinite(expected)
      ? `coalesce(${num(v)} = ${params.add(expected)}::float8, FALSE)`
      : 'FALSE';
  }
  if (typeof expected === 'string') {
    // A plain column compared without coalesce stays indexable (e.g. `customers_workspace_grade_idx`).
    if (v.kind === 'text') return `(${v.sql} IS NOT NULL AND ${v.sql} = ${params.add(expected)}::text)`;
    const parts = [`${str(v)} = ${params.add(expected)}::text`];
    const asNumber = jsNumber(expected);
    if (asNumber !== undefined) {
      parts.push(`(${isNumberTyped(v)} AND ${num(v)} = ${params.add(asNumber)}::float8)`);
    }
    if ((expected === 'true' || expected === 'false') && v.kind === 'jsonb')
      parts.push(`${boolText(v)} = '${expected}'`);
    return `coalesce(${parts.join(' OR ')}, FALSE)`;
  }
  if (typeof expected === 'boolean') {
    const text = String(expected);
    return `coalesce(${boolText(v)} = '${text}' OR ${str(v)} = '${text}', FALSE)`;
  }
  if (v.kind !== 'jsonb') return 'FALSE';
  return `coalesce(jsonb_typeof(${v.sql}) IN ('array', 'object') AND ${v.sql} = ${params.json(expected)}, FALSE)`;
};

/**
 * `candidates.some(c => looseEquals(actual, c))`, never NULL, with a fixed number of parameters
 * however long the list: each kind of candidate travels as one array (`= any($n)`), so a long `in`
 * list can never exceed the 65,535 parameters of a statement nor grow the SQL text.
 */
const looseEqualsAny = (v: ValueExpr, candidates: readonly unknown[], params: SqlParams): string => {
  const numbers: string[] = [];
  const strings: string[] = [];
  const numericStrings: string[] = [];
  // Boolean literals are written by us ('true' / 'false'), never taken from the request.
  const jsonBooleans = new Set<string>(); // true, false, 'true', 'false' match a JSON boolean
  const textBooleans = new Set<string>(); // true, false also match the strings 'true', 'false'
  const structured: unknown[] = [];
  let hasNull = false;
  for (const c of candidates) {
    if (c === null) hasNull = true;
    else if (typeof c === 'number') {
      if (Number.isFinite(c)) numbers.push(String(c));
    } else if (typeof c === 'string') {
      strings.push(c);
      const asNumber = jsNumber(c);
      if (asNumber !== undefined) numericStrings.push(String(asNumber));
      if (c === 'true' || c === 'false') jsonBooleans.add(`'${c}'`);
    } else if (typeof c === 'boolean') {
      jsonBooleans.add(c ? "'true'" : "'false'");
      textBooleans.add(c ? "'true'" : "'false'");
    } else if (c !== undefined) structured.push(c);
  }
  const parts: string[] = [];
  if (hasNull) parts.push(isJsonNull(v));
  if (numbers.length > 0) parts.push(`${num(v)} = any(${params.add(numbers)}::text[]::float8[])`);
  if (strings.length > 0) {
    // A plain column compared with = any stays indexable (e.g. `customers_workspace_grade_idx`).
    parts.push(`${str(v)} = any(${params.add(strings)}::text[])`);
    if (v.kind !== 'text' && numericStrings.length > 0)
      parts.push(
        `(${isNumberTyped(v)} AND ${num(v)} = any(${params.add(numericStrings)}::text[]::float8[]))`,
      );
  }
  if (jsonBooleans.size > 0 && v.kind === 'jsonb')
    parts.push(`${boolText(v)} IN (${[...jsonBooleans].join(', ')})`);
  if (textBooleans.size > 0) parts.push(`${str(v)} IN (${[...textBooleans].join(', ')})`);
  if (structured.length > 0 && v.kind === 'jsonb') {
    parts.push(
      `(jsonb_typeof(${v.sql}) IN ('array', 'object') AND ${v.sql} IN (SELECT o.x FROM jsonb_array_elements(${params.json(structured)}) AS o(x)))`,
    );
  }
  return parts.length === 0 ? 'FALSE' : `coalesce(${parts.join(' OR ')}, FALSE)`;
};

const element: ValueExpr = { kind: 'jsonb', sql: 'el.x' };

/** True when a JSON array value has an element loosely equal to one of `candidates`. */
const someElement = (v: ValueExpr, candidates: readonly unknown[], params: SqlParams): string =>
  `EXISTS (SELECT 1 FROM jsonb_array_elements(${v.sql}) AS el(x) WHERE ${looseEqualsAny(element, candidates, params)})`;

const ORDER: Record<'gt' | 'gte' | 'lt' | 'lte', string> = { gt: '>', gte: '>=', lt: '<', lte: '<=' };

/**
 * One operator of an attribute or trigger leaf, with the in-memory evaluator's semantics (loose
 * equality between numbers and numeric text, case-insensitive `contains`, date-only `before`/`after`
 * on the customer's calendar, 29 February anniversaries on the 28th in common years). `zone` builds
 * the SQL for the customer's timezone when a date operator needs it.
 */
export const compileOperator = (
  v: ValueExpr,
  leaf: { readonly op: ConditionOperator; readonly value?: unknown },
  zone: () => string,
  now: Date,
  params: SqlParams,
): string => {
  const expected = leaf.value;
  switch (leaf.op) {
    case 'eq':
      return looseEquals(v, expected, params);
    case 'neq':
      return `(NOT ${looseEquals(v, expected, params)})`;
    case 'in': {
      const list = Array.isArray(expected) ? expected : [expected];
      if (list.length === 0) return 'FALSE';
      const direct = looseEqualsAny(v, list, params);
      if (v.kind !== 'jsonb') return direct;
      return `(CASE WHEN jsonb_typeof(${v.sql}) = 'array' THEN ${someElement(v, list, params)} ELSE ${direct} END)`;
    }
    case 'contains': {
      const inString =
        expected === undefined || expected === null
          ? 'FALSE'
          : `coalesce(strpos(lower(${str(v)}), ${params.add(String(expected).toLocaleLowerCase())}::text) > 0, FALSE)`;
      if (v.kind !== 'jsonb') return inString;
      return `(CASE WHEN jsonb_typeof(${v.sql}) = 'array' THEN ${someElement(v, [expected], params)} ELSE ${inString} END)`;
    }
    case 'exists': {
      // One evaluation of the value (it can be a large expression): NULL, JSON null and "" are absent.
      const present =
        v.kind === 'jsonb'
          ? `coalesce(${v.sql} NOT IN ('null'::jsonb, '""'::jsonb), FALSE)`
          : v.kind === 'text'
            ? `coalesce(${v.sql} <> '', FALSE)`
            : `(${v.sql} IS NOT NULL)`;
      return expected === false ? `(NOT ${present})` : present;
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const op = ORDER[leaf.op];
      const branches: string[] = [];
      const asNumber = jsNumber(expected);
      if (asNumber !== undefined)
        branches.push(`WHEN ${num(v)} IS NOT NULL THEN ${num(v)} ${op} ${params.add(asNumber)}::float8`);
      const asInstant = jsInstant(expected);
      if (asInstant !== undefined && v.kind !== 'number') {
        const at = `${params.add(pgTimestamp(asInstant))}::timestamptz`;
        branches.push(`WHEN ${instant(v)} IS NOT NULL THEN ${instant(v)} ${op} ${at}`);
      }
      if (typeof expected === 'string' && v.kind !== 'number') {
        branches.push(
          `WHEN ${str(v)} IS NOT NULL THEN ${str(v)} COLLATE "C" ${op} ${params.add(expected)}::text`,
        );
      }
      return branches.length === 0 ? 'FALSE' : `(CASE ${branches.join(' ')} ELSE FALSE END)`;
    }
    case 'before':
    case 'after': {
      if (v.kind === 'number') return 'FALSE';
      const op = leaf.op === 'before' ? '<' : '>';
      const operand = typeof expected === 'number' ? new Date(now.getTime() + expected * 1000) : expected;
      if (typeof operand === 'string' && DATE_ONLY.test(operand)) {
        return `coalesce(${localDate(v, zone())} COLLATE "C" ${op} ${params.add(operand)}::text, FALSE)`;
      }
      const bound = jsInstant(operand);
      if (bound === undefined) return 'FALSE';
      return `coalesce(${instant(v)} ${op} ${params.add(pgTimestamp(bound))}::timestamptz, FALSE)`;
    }
    case 'anniversary': {
      if (v.kind === 'number') return 'FALSE';
      const days = typeof expected === 'number' ? expected : 0;
      const date = localDate(v, zone());
      const target = `((${params.add(now.toISOString())}::timestamptz AT TIME ZONE ${zone()})::date + ${params.add(days)}::int)`;
      const year = `extract(year from ${target})::int`;
      const leap = `((${year} % 4 = 0 AND ${year} % 100 <> 0) OR ${year} % 400 = 0)`;
      const month = `substr(${date}, 6, 2)::int`;
      const day = `substr(${date}, 9, 2)::int`;
      return `coalesce(${month} = extract(month from ${target})::int AND (CASE WHEN ${month} = 2 AND ${day} = 29 AND NOT ${leap} THEN 28 ELSE ${day} END) = extract(day from ${target})::int, FALSE)`;
    }
  }
};
