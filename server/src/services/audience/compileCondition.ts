import type {
  AttributeCondition,
  Condition,
  ConditionOperator,
  CountOperator,
  EventCondition,
  SegmentCondition,
} from '@journeyflow/shared/journey/condition';
import { safeMonthDaySql, safeTimestampSql } from './safeTimestampSql';
import type { SqlParams } from './sqlParams';

/** What a referenced segment compiles to: a dynamic one is inlined (always fresh), a static one reads members. */
export type SegmentRef = { readonly type: 'dynamic' | 'static'; readonly condition: Condition | null };

export type CompileContext = {
  readonly workspaceId: string;
  readonly now: Date;
  /** Segments that `{ segment, in }` leaves may name; unknown ids match nobody. */
  readonly segments: ReadonlyMap<string, SegmentRef>;
  /** The entry event `{ name, properties, timestamp }` for `trigger` leaves; absent in segments (every trigger path is then missing). */
  readonly trigger?: Readonly<Record<string, unknown>>;
  /** Timezone used for customers without one (anniversary). */
  readonly defaultTimezone: string;
};

/** A SQL expression plus how to read it: jsonb (any JSON), or a native typed column. */
type ValueExpr =
  | { readonly kind: 'jsonb'; readonly sql: string }
  | { readonly kind: 'text' | 'number' | 'timestamp'; readonly sql: string };

const COMPARE: Record<CountOperator, string> = { eq: '=', neq: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=' };

/**
 * Compiles a Condition (SPEC §2) to a boolean SQL expression over `customers c`. It mirrors the
 * in-memory `evaluateCondition` of `shared/` operator by operator (the audience tests compare both on
 * random data). Event leaves become `c.id IN (SELECT customer_id FROM events … GROUP BY … HAVING …)`,
 * which PostgreSQL turns into a hash semi-join for whole-workspace counts and into index probes when
 * the caller also restricts `c.id`.
 */
export const compileCondition = (condition: Condition, ctx: CompileContext, params: SqlParams): string =>
  compileNode(condition, ctx, params, new Set());

const compileNode = (
  condition: Condition,
  ctx: CompileContext,
  params: SqlParams,
  visiting: ReadonlySet<string>,
): string => {
  if ('all' in condition) {
    if (condition.all.length === 0) return 'TRUE';
    return `(${condition.all.map((c) => compileNode(c, ctx, params, visiting)).join(' AND ')})`;
  }
  if ('any' in condition) {
    if (condition.any.length === 0) return 'FALSE';
    return `(${condition.any.map((c) => compileNode(c, ctx, params, visiting)).join(' OR ')})`;
  }
  if ('not' in condition) return `(NOT ${compileNode(condition.not, ctx, params, visiting)})`;
  if ('event' in condition) return compileEvent(condition, ctx, params);
  if ('segment' in condition) return compileSegment(condition, ctx, params, visiting);
  if ('trigger' in condition) {
    const trigger = ctx.trigger ?? {};
    const value = lazyValue('jsonb', () => jsonPath(params.json(trigger), condition.trigger.split('.')).sql);
    return compileOperator(value, condition, ctx, params, null);
  }
  return compileOperator(customerValue(condition.attribute, ctx, params), condition, ctx, params, 'c');
};

/**
 * Paths resolve like the engine's flat customer view (`customerView`): custom attributes at the top
 * level, built-ins beside them (a built-in column wins, falling back to a same-named attribute), the
 * whole `consent` object, and the RFM metrics under `rfm`.
 */
const customerValue = (path: string, ctx: CompileContext, params: SqlParams): ValueExpr => {
  const parts = path.split('.');
  const [head, ...rest] = parts;
  if (head === 'externalId' && rest.length === 0) return { kind: 'text', sql: 'c.external_id' };
  if (head !== undefined && FALLBACK_COLUMNS.has(head)) {
    const column = `(CASE WHEN c.${head} IS NOT NULL THEN to_jsonb(c.${head}) ELSE c.attributes -> ${quoteLiteral(head)} END)`;
    return rest.length === 0 ? jsonValue(column) : jsonPath(column, rest);
  }
  if (head === 'consent') return rest.length === 0 ? jsonValue('c.consent') : jsonPath('c.consent', rest);
  if (head === 'rfm' && rest.length === 1) {
    if (rest[0] === 'frequency_90d') return { kind: 'number', sql: 'c.frequency_90d::float8' };
    if (rest[0] === 'monetary_90d') return { kind: 'number', sql: 'c.monetary_90d' };
    if (rest[0] === 'recency_days') {
      return lazyValue(
        'number',
        () =>
          `floor(extract(epoch from (${params.add(ctx.now.toISOString())}::timestamptz - c.last_purchase_at)) / 86400)::float8`,
      );
    }
  }
  return jsonPath('c.attributes', parts);
};

/**
 * A value whose SQL (and so its parameters) is only produced when an operator reads it: an unused
 * parameter is an error on both drivers, and some operators decide FALSE from the operand alone.
 */
const lazyValue = (kind: ValueExpr['kind'], build: () => string): ValueExpr => {
  let built: string | undefined;
  return {
    kind,
    get sql() {
      built ??= build();
      return built;
    },
  } as ValueExpr;
};

const FALLBACK_COLUMNS: ReadonlySet<string> = new Set(['grade', 'timezone', 'locale', 'phone', 'email']);

const quoteLiteral = (text: string): string => `'${text.replace(/'/g, "''")}'`;

const jsonValue = (expr: string): ValueExpr => ({ kind: 'jsonb', sql: `nullif(${expr}, 'null'::jsonb)` });

const jsonPath = (base: string, parts: readonly string[]): ValueExpr => ({
  kind: 'jsonb',
  // JSON null is treated like a missing value, as in the evaluator.
  sql: `nullif(${base} #> '{${parts.map(quotePathElement).join(',')}}', 'null'::jsonb)`,
});

/** Path elements are written into a text[] literal, so quotes and backslashes are escaped. */
const quotePathElement = (part: string): string =>
  `"${part.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/'/g, "''")}"`;

const compileOperator = (
  value: ValueExpr,
  leaf: Pick<AttributeCondition, 'op' | 'value'>,
  ctx: CompileContext,
  params: SqlParams,
  customerAlias: 'c' | null,
): string => {
  const op: ConditionOperator = leaf.op;
  const operand = leaf.value;
  switch (op) {
    case 'exists':
      return operand === false ? `(${value.sql} IS NULL)` : `(${value.sql} IS NOT NULL)`;
    case 'eq':
      return `coalesce(${equals(value, operand, params)}, FALSE)`;
    case 'neq':
      return `(NOT coalesce(${equals(value, operand, params)}, FALSE))`;
    case 'in': {
      const list = Array.isArray(operand) ? operand : [];
      if (list.length === 0) return 'FALSE';
      return `coalesce(${list.map((item) => equals(value, item, params)).join(' OR ')}, FALSE)`;
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return compareOrdered(value, COMPARE[op], operand, params);
    case 'contains':
      return contains(value, operand, params);
    case 'before':
    case 'after':
      return compareDates(value, op === 'before' ? '<' : '>', operand, params);
    case 'anniversary':
      return anniversary(value, typeof operand === 'number' ? operand : 0, ctx, params, customerAlias);
  }
};

/** Strict JSON equality (no coercion between "5" and 5); NULL when the value is missing. */
const equals = (value: ValueExpr, operand: unknown, params: SqlParams): string => {
  if (operand === null || operand === undefined) return 'FALSE';
  if (value.kind === 'jsonb') return `(${value.sql} = ${params.json(operand)})`;
  if (value.kind === 'text')
    return typeof operand === 'string' ? `(${value.sql} = ${params.add(operand)})` : 'FALSE';
  if (value.kind === 'number') {
    return typeof operand === 'number' ? `(${value.sql} = ${params.add(operand)}::float8)` : 'FALSE';
  }
  return 'FALSE';
};

/** Numbers compare with numbers, strings with strings (code-point order, like JavaScript); else false. */
const compareOrdered = (value: ValueExpr, sqlOp: string, operand: unknown, params: SqlParams): string => {
  if (typeof operand === 'number') {
    if (value.kind === 'number')
      return `coalesce(${value.sql} ${sqlOp} ${params.add(operand)}::float8, FALSE)`;
    if (value.kind !== 'jsonb') return 'FALSE';
    return `(CASE WHEN jsonb_typeof(${value.sql}) = 'number' THEN (${value.sql})::float8 ${sqlOp} ${params.add(operand)}::float8 ELSE FALSE END)`;
  }
  if (typeof operand === 'string') {
    if (value.kind === 'text')
      return `coalesce(${value.sql} COLLATE "C" ${sqlOp} ${params.add(operand)}, FALSE)`;
    if (value.kind !== 'jsonb') return 'FALSE';
    return `(CASE WHEN jsonb_typeof(${value.sql}) = 'string' THEN (${value.sql} #>> '{}') COLLATE "C" ${sqlOp} ${params.add(operand)}::text ELSE FALSE END)`;
  }
  return 'FALSE';
};

/** A string contains a substring, or an array contains an element (strict equality). */
const contains = (value: ValueExpr, operand: unknown, params: SqlParams): string => {
  if (operand === null || operand === undefined) return 'FALSE';
  if (value.kind === 'text') {
    return typeof operand === 'string'
      ? `coalesce(strpos(${value.sql}, ${params.add(operand)}) > 0, FALSE)`
      : 'FALSE';
  }
  if (value.kind !== 'jsonb') return 'FALSE';
  const element = params.json(operand);
  const substring = typeof operand === 'string' ? params.add(operand) : null;
  const stringCase = substring
    ? `WHEN 'string' THEN strpos(${value.sql} #>> '{}', ${substring}::text) > 0 `
    : '';
  return `(CASE jsonb_typeof(${value.sql}) ${stringCase}WHEN 'array' THEN EXISTS (SELECT 1 FROM jsonb_array_elements(${value.sql}) AS el(v) WHERE el.v = ${element}) ELSE FALSE END)`;
};

const compareDates = (value: ValueExpr, sqlOp: string, operand: unknown, params: SqlParams): string => {
  const bound = typeof operand === 'string' ? Date.parse(operand) : Number.NaN;
  if (Number.isNaN(bound) || (value.kind !== 'jsonb' && value.kind !== 'timestamp')) return 'FALSE';
  const at = `${params.add(new Date(bound).toISOString())}::timestamptz`;
  if (value.kind === 'timestamp') return `coalesce(${value.sql} ${sqlOp} ${at}, FALSE)`;
  const text = `(CASE WHEN jsonb_typeof(${value.sql}) = 'string' THEN ${value.sql} #>> '{}' END)`;
  return `coalesce(${safeTimestampSql(text)} ${sqlOp} ${at}, FALSE)`;
};

/** Month and day of a date attribute equal today + `daysAhead` in the customer's timezone. */
const anniversary = (
  value: ValueExpr,
  daysAhead: number,
  ctx: CompileContext,
  params: SqlParams,
  customerAlias: 'c' | null,
): string => {
  if (value.kind !== 'jsonb') return 'FALSE';
  const text = `(CASE WHEN jsonb_typeof(${value.sql}) = 'string' THEN ${value.sql} #>> '{}' END)`;
  const zone = customerAlias
    ? `coalesce(${customerAlias}.timezone, ${params.add(ctx.defaultTimezone)})`
    : params.add(ctx.defaultTimezone);
  const today = `to_char((${params.add(ctx.now.toISOString())}::timestamptz AT TIME ZONE ${zone})::date + ${params.add(daysAhead)}::int, 'MM-DD')`;
  return `coalesce(${safeMonthDaySql(text)} = ${today}, FALSE)`;
};

/**
 * Counts the customer's events named `event` (within the window, matching `where`) and compares the
 * count (default: at least one). When zero satisfies the comparison the complement is compiled, so
 * customers without any event are included without scanning them one by one.
 */
const compileEvent = (leaf: EventCondition, ctx: CompileContext, params: SqlParams): string => {
  const count = leaf.count ?? { op: 'gte' as const, value: 1 };
  const filters = [`e.workspace_id = ${params.add(ctx.workspaceId)}`, `e.name = ${params.add(leaf.event)}`];
  const now = `${params.add(ctx.now.toISOString())}::timestamptz`;
  filters.push(`e.ts <= ${now}`);
  if (leaf.withinSeconds !== undefined) {
    filters.push(`e.ts >= ${now} - make_interval(secs => ${params.add(leaf.withinSeconds)}::float8)`);
  }
  if (leaf.where) filters.push(compileEventWhere(leaf.where, ctx, params));
  const zeroMatches = satisfies(0, count.op, count.value);
  const oneMatches = satisfies(1, count.op, count.value);
  // gte/gt/neq stay true above 1 once true at 1; lt/lte/eq stay false above 1 once false at 1.
  const atLeastOne = !zeroMatches && oneMatches && ['gte', 'gt', 'neq'].includes(count.op);
  const none = zeroMatches && !oneMatches && ['lt', 'lte', 'eq'].includes(count.op);
  // Existence tests become (anti-)semi-joins; real counts need a grouped subquery.
  if (atLeastOne || none) {
    const exists = `EXISTS (SELECT 1 FROM events e WHERE e.customer_id = c.id AND ${filters.join(' AND ')})`;
    return atLeastOne ? exists : `(NOT ${exists})`;
  }
  const having = zeroMatches
    ? `NOT (count(*) ${COMPARE[count.op]} ${params.add(count.value)})`
    : `count(*) ${COMPARE[count.op]} ${params.add(count.value)}`;
  const group = `SELECT e.customer_id FROM events e WHERE ${filters.join(' AND ')} GROUP BY e.customer_id HAVING ${having}`;
  return zeroMatches ? `(c.id NOT IN (${group}))` : `(c.id IN (${group}))`;
};

const satisfies = (n: number, op: CountOperator, value: number): boolean => {
  switch (op) {
    case 'eq':
      return n === value;
    case 'neq':
      return n !== value;
    case 'gt':
      return n > value;
    case 'gte':
      return n >= value;
    case 'lt':
      return n < value;
    case 'lte':
      return n <= value;
  }
};

/**
 * `where` inside an event leaf tests each counted event as the trigger (`trigger: "properties.amount"`,
 * `"name"`, `"timestamp"`), the way the engine evaluates it; attribute, segment and event leaves still
 * refer to the customer.
 */
const compileEventWhere = (condition: Condition, ctx: CompileContext, params: SqlParams): string => {
  if ('all' in condition) {
    if (condition.all.length === 0) return 'TRUE';
    return `(${condition.all.map((c) => compileEventWhere(c, ctx, params)).join(' AND ')})`;
  }
  if ('any' in condition) {
    if (condition.any.length === 0) return 'FALSE';
    return `(${condition.any.map((c) => compileEventWhere(c, ctx, params)).join(' OR ')})`;
  }
  if ('not' in condition) return `(NOT ${compileEventWhere(condition.not, ctx, params)})`;
  if ('trigger' in condition)
    return compileOperator(eventValue(condition.trigger), condition, ctx, params, null);
  return compileNode(condition, ctx, params, new Set());
};

/** The counted event as the evaluator's trigger object: `{ name, properties, timestamp }`. */
const eventValue = (path: string): ValueExpr => {
  const [head, ...rest] = path.split('.');
  if (head === 'name' && rest.length === 0) return { kind: 'text', sql: 'e.name' };
  if (head === 'timestamp' && rest.length === 0) {
    return jsonValue(`to_jsonb(to_char(e.ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`);
  }
  if (head === 'properties')
    return rest.length === 0 ? jsonValue('e.properties') : jsonPath('e.properties', rest);
  return { kind: 'jsonb', sql: 'NULL::jsonb' };
};

const compileSegment = (
  leaf: SegmentCondition,
  ctx: CompileContext,
  params: SqlParams,
  visiting: ReadonlySet<string>,
): string => {
  const ref = ctx.segments.get(leaf.segment);
  // A segment that refers to itself (directly or through others) has no members through that path.
  if (!ref || visiting.has(leaf.segment)) return leaf.in ? 'FALSE' : 'TRUE';
  let membership: string;
  if (ref.type === 'dynamic' && ref.condition) {
    membership = compileNode(ref.condition, ctx, params, new Set([...visiting, leaf.segment]));
  } else {
    membership = `(c.id IN (SELECT m.customer_id FROM segment_members m WHERE m.segment_id = ${params.add(leaf.segment)}))`;
  }
  return leaf.in ? membership : `(NOT ${membership})`;
};
