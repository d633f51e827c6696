import { CONSENT_VALID_DAYS } from '@journeyflow/shared/api/consent';
import type {
  Condition,
  CountOperator,
  EventCondition,
  SegmentCondition,
} from '@journeyflow/shared/journey/condition';
import { conditionBoundsExceeded, DEPTH_ONLY } from '@journeyflow/shared/journey/conditionBounds';
import { evaluateCondition } from '@journeyflow/shared/journey/evaluateCondition';
import { LimitExceededError } from '../../errors/limitErrors';
import { compileOperator, type ValueExpr } from './compileOperator';
import { safeTimestampSql } from './safeTimestampSql';
import type { SegmentSubqueries } from './segmentSubqueries';
import type { SqlParams } from './sqlParams';

/**
 * What a referenced segment compiles to: a dynamic one is evaluated now, once per statement, as a shared
 * subquery (always fresh), a static one reads members.
 */
export type SegmentRef = { readonly type: 'dynamic' | 'static'; readonly condition: Condition | null };

export type CompileContext = {
  readonly workspaceId: string;
  readonly now: Date;
  /** Segments that `{ segment, in }` leaves may name; unknown ids match nobody. */
  readonly segments: ReadonlyMap<string, SegmentRef>;
  /** The run's trigger event for `trigger` leaves; segments have none, so those leaves are false. */
  readonly trigger?: {
    readonly name: string;
    readonly properties: Record<string, unknown>;
    readonly timestamp: string;
  };
  /** For customers without a timezone of their own (the evaluator's `context.timezone`). */
  readonly defaultTimezone: string;
  /**
   * `set` (default) compiles event counts as one grouped subquery, best when counting a whole
   * workspace; `perCustomer` as a correlated count per customer row, best when the caller restricts
   * `c.id` to a few customers (incremental updates), since the grouped form cannot be narrowed to them.
   */
  readonly strategy?: 'set' | 'perCustomer';
  /**
   * Collects the subqueries of referenced dynamic segments; the caller puts `definitions()` (or
   * `withClause()`) in front of its statement. One per statement, shared by all its conditions.
   */
  readonly subqueries: SegmentSubqueries;
  /**
   * SQL over `c` restricting those subqueries to the statement's own customers (e.g.
   * `c.id = any($2::text[])`), so an incremental update does not evaluate a segment workspace-wide.
   */
  readonly scope?: string;
};

const COMPARE: Record<CountOperator, string> = { eq: '=', neq: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=' };

/**
 * Compiles a Condition (SPEC §2) to a boolean SQL expression over `customers c`, with the semantics of
 * the shared in-memory `evaluateCondition` (the audience tests compare both on random data). Event
 * leaves become EXISTS (semi-joins) or `c.id IN (SELECT … GROUP BY … HAVING …)`, which PostgreSQL
 * hashes for whole-workspace counts and turns into index probes when the caller also restricts `c.id`.
 */
export const compileCondition = (condition: Condition, ctx: CompileContext, params: SqlParams): string => {
  refuseTooDeep(condition);
  return compileNode(condition, ctx, params, new Set());
};

/**
 * A condition over one event `e` (joined with its customer `c`): `trigger` leaves read the event (its
 * `properties`, `name`, `timestamp`), the other leaves the customer — a journey goal's `where`.
 */
export const compileEventFilter = (condition: Condition, ctx: CompileContext, params: SqlParams): string => {
  refuseTooDeep(condition);
  return compileEventWhere(condition, ctx, params, new Set());
};

/**
 * Stored conditions are within the depth cap since it exists; an older, deeper one is refused here
 * (422, recorded by the refresh) instead of overflowing the stack in the recursive compiler.
 */
const refuseTooDeep = (condition: Condition) => {
  if (conditionBoundsExceeded(condition, undefined, DEPTH_ONLY))
    throw new LimitExceededError('conditionDepth');
};

type LogicCondition = Extract<Condition, { all: unknown } | { any: unknown } | { not: unknown }>;

const isLogic = (condition: Condition): condition is LogicCondition =>
  'all' in condition || 'any' in condition || 'not' in condition;

/** `all` / `any` / `not` compile alike at every level; `compileChild` compiles the parts. */
const compileLogic = (condition: LogicCondition, compileChild: (child: Condition) => string): string => {
  if ('all' in condition)
    return condition.all.length === 0 ? 'TRUE' : `(${condition.all.map(compileChild).join(' AND ')})`;
  if ('any' in condition)
    return condition.any.length === 0 ? 'FALSE' : `(${condition.any.map(compileChild).join(' OR ')})`;
  return `(NOT ${compileChild(condition.not)})`;
};

const compileNode = (
  condition: Condition,
  ctx: CompileContext,
  params: SqlParams,
  visiting: ReadonlySet<string>,
): string => {
  if (isLogic(condition)) return compileLogic(condition, (c) => compileNode(c, ctx, params, visiting));
  if ('event' in condition) return compileEvent(condition, ctx, params, visiting);
  if ('segment' in condition) return compileSegment(condition, ctx, params, visiting);
  if ('trigger' in condition) {
    // The trigger is the same for every customer: decide it here with the evaluator itself.
    if (!ctx.trigger) return 'FALSE';
    const outcome = evaluateCondition(condition, {
      customer: { attributes: {} },
      trigger: ctx.trigger,
      now: ctx.now,
      timezone: ctx.defaultTimezone,
    });
    return outcome.result ? 'TRUE' : 'FALSE';
  }
  return compileOperator(
    customerValue(condition.attribute, ctx, params),
    condition,
    customerZone(ctx, params),
    ctx.now,
    params,
  );
};

/** The evaluator's `customer.timezone || context.timezone || 'UTC'`. */
const customerZone = (ctx: CompileContext, params: SqlParams) => () =>
  `coalesce(nullif(c.timezone, ''), ${params.add(ctx.defaultTimezone || 'UTC')}::text)`;

/**
 * Paths resolve like the evaluator's `readCustomerPath`: `attributes.x` or a bare custom name read the
 * attributes; `grade`, `timezone`, `locale`, `externalId` read their columns; `consent.<channel>` is the
 * grant date while it is valid (given, parseable, at most two years old); `rfm.<metric>` the metrics.
 */
const customerValue = (path: string, ctx: CompileContext, params: SqlParams): ValueExpr => {
  const parts = path.split('.');
  const [root, ...rest] = parts;
  if (root === 'attributes')
    return { kind: 'jsonb', sql: rest.length === 0 ? 'c.attributes' : jsonPath('c.attributes', rest) };
  if (root === 'consent') {
    if (rest.length !== 1) return { kind: 'jsonb', sql: 'NULL::jsonb' };
    // `->>` reads the grant date once as text; the date is checked against the two-year validity here
    // so that every operator sees "not set" for expired or unparseable consent, as the evaluator does.
    const given = `(c.consent ->> ${quoteLiteral(rest[0]!)})`;
    return lazyValue('text', () => {
      const at = params.add(ctx.now.toISOString());
      return `(CASE WHEN ${at}::timestamptz - ${safeTs(given)} <= interval '${CONSENT_VALID_DAYS} days' THEN ${given} END)`;
    });
  }
  if (root === 'rfm') {
    if (rest.length !== 1) return { kind: 'jsonb', sql: 'NULL::jsonb' };
    if (rest[0] === 'frequency_90d') return { kind: 'number', sql: 'c.frequency_90d::float8' };
    if (rest[0] === 'monetary_90d') return { kind: 'number', sql: 'c.monetary_90d' };
    if (rest[0] === 'recency_days') {
      return lazyValue(
        'number',
        () =>
          // Never negative, like `recencyDays` in shared/audience/customerConditionView (no purchase: NULL,
          // which GREATEST alone would turn into 0).
          `(case when c.last_purchase_at is not null then greatest(0, floor(extract(epoch from (${params.add(ctx.now.toISOString())}::timestamptz - c.last_purchase_at)) / 86400)) end)::float8`,
      );
    }
    return { kind: 'jsonb', sql: 'NULL::jsonb' };
  }
  if (rest.length === 0) {
    if (root === 'grade') return { kind: 'text', sql: 'c.grade' };
    if (root === 'timezone') return { kind: 'text', sql: 'c.timezone' };
    if (root === 'locale') return { kind: 'text', sql: 'c.locale' };
    if (root === 'externalId') return { kind: 'text', sql: 'c.external_id' };
  }
  return { kind: 'jsonb', sql: jsonPath('c.attributes', parts) };
};

const safeTs = (text: string) => safeTimestampSql(text);

const quoteLiteral = (text: string): string => `'${text.replace(/'/g, "''")}'`;

export const jsonPath = (base: string, parts: readonly string[]): string =>
  `(${base} #> '{${parts.map(quotePathElement).join(',')}}')`;

/** Path elements are written into a text[] literal inside a SQL string, so both quotings are escaped. */
const quotePathElement = (part: string): string =>
  `"${part.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/'/g, "''")}"`;

/**
 * A value whose SQL (and so its parameters) is only produced when an operator reads it: an unused
 * parameter is an error on both drivers, and some operators decide from the operand alone.
 */
export const lazyValue = (kind: ValueExpr['kind'], build: () => string): ValueExpr => {
  let built: string | undefined;
  return {
    kind,
    get sql() {
      built ??= build();
      return built;
    },
  } as ValueExpr;
};

/**
 * Counts the customer's events named `event` in [now − withinSeconds, now] matching `where`, and
 * compares the count (default: at least one). Pure existence tests become (anti-)semi-joins; other
 * counts a grouped subquery, complemented when zero satisfies the comparison so customers without
 * any event are included without visiting them one by one.
 */
const compileEvent = (
  leaf: EventCondition,
  ctx: CompileContext,
  params: SqlParams,
  visiting: ReadonlySet<string>,
): string => {
  const count = leaf.count ?? { op: 'gte' as const, value: 1 };
  const filters = [`e.workspace_id = ${params.add(ctx.workspaceId)}`, `e.name = ${params.add(leaf.event)}`];
  const now = `${params.add(ctx.now.toISOString())}::timestamptz`;
  filters.push(`e.ts <= ${now}`);
  if (leaf.withinSeconds !== undefined) {
    filters.push(`e.ts >= ${now} - make_interval(secs => ${params.add(leaf.withinSeconds)}::float8)`);
  }
  if (leaf.where) filters.push(compileEventWhere(leaf.where, ctx, params, visiting));
  const zeroMatches = satisfies(0, count.op, count.value);
  const oneMatches = satisfies(1, count.op, count.value);
  // gte/gt/neq stay true above 1 once true at 1; lt/lte/eq stay false above 1 once false at 1.
  const atLeastOne = !zeroMatches && oneMatches && ['gte', 'gt', 'neq'].includes(count.op);
  const none = zeroMatches && !oneMatches && ['lt', 'lte', 'eq'].includes(count.op);
  if (atLeastOne || none) {
    const exists = `EXISTS (SELECT 1 FROM events e WHERE e.customer_id = c.id AND ${filters.join(' AND ')})`;
    return atLeastOne ? exists : `(NOT ${exists})`;
  }
  if (ctx.strategy === 'perCustomer') {
    const counted = `(SELECT count(*) FROM events e WHERE e.customer_id = c.id AND ${filters.join(' AND ')})`;
    return `(${counted} ${COMPARE[count.op]} ${params.add(count.value)})`;
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
 * `"name"`, `"timestamp"`); attribute, segment and event leaves still refer to the customer.
 */
const compileEventWhere = (
  condition: Condition,
  ctx: CompileContext,
  params: SqlParams,
  visiting: ReadonlySet<string>,
): string => {
  if (isLogic(condition)) return compileLogic(condition, (c) => compileEventWhere(c, ctx, params, visiting));
  if ('trigger' in condition) {
    return compileOperator(
      eventValue(condition.trigger),
      condition,
      customerZone(ctx, params),
      ctx.now,
      params,
    );
  }
  return compileNode(condition, ctx, params, visiting);
};

/** The counted event as the evaluator's trigger object: `{ name, properties, timestamp }`. */
const eventValue = (path: string): ValueExpr => {
  const [root, ...rest] = path.split('.');
  if (root === 'name')
    return rest.length === 0 ? { kind: 'text', sql: 'e.name' } : { kind: 'jsonb', sql: 'NULL::jsonb' };
  if (root === 'timestamp' && rest.length === 0) {
    return { kind: 'text', sql: `to_char(e.ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` };
  }
  if (root === 'properties')
    return { kind: 'jsonb', sql: rest.length === 0 ? 'e.properties' : jsonPath('e.properties', rest) };
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
    const condition = ref.condition;
    const name = ctx.subqueries.nameFor(leaf.segment, () => {
      refuseTooDeep(condition);
      const where = compileNode(condition, ctx, params, new Set([...visiting, leaf.segment]));
      const scope = ctx.scope ? ` AND ${ctx.scope}` : '';
      return `SELECT c.id FROM customers c WHERE c.workspace_id = ${params.add(ctx.workspaceId)}${scope} AND ${where}`;
    });
    membership = `(c.id IN (SELECT id FROM ${name}))`;
  } else {
    membership = `EXISTS (SELECT 1 FROM segment_members m WHERE m.segment_id = ${params.add(leaf.segment)} AND m.customer_id = c.id)`;
  }
  return leaf.in ? membership : `(NOT ${membership})`;
};
