import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { Condition } from '@journeyflow/shared/journey/condition';
import { type JourneySettings, resolveJourneySettings } from '@journeyflow/shared/journey/journeySettings';
import { compileEventFilter } from '../audience/compileCondition';
import { loadSegmentRefs } from '../audience/loadSegmentRefs';
import { SegmentSubqueries } from '../audience/segmentSubqueries';
import type { SqlParams } from '../audience/sqlParams';

/**
 * One journey's attribution rule: which goal event it claims (only those matching the goal's `where`,
 * as the engine converts a run only on them) and for how long after a customer enters.
 */
export type AttributionRule = {
  journeyId: string;
  goalEvent: string | null;
  goalWhere: Condition | null;
  windowSeconds: number;
};

/**
 * Every journey of the workspace with its goal event and attribution window (the latest published
 * version's settings, else the draft's). A purchase is then attributed once across all of them: see
 * `runOutcomes`.
 */
export async function attributionRules(sql: SqlClient, workspaceId: string): Promise<AttributionRule[]> {
  const rows = await sql.query<{ id: string; settings: unknown }>(
    `select j.id, coalesce(
       (select v.settings from journey_versions v where v.journey_id = j.id and v.status is not null order by v.version desc limit 1),
       j.settings) as settings
     from journeys j where j.workspace_id = $1`,
    [workspaceId],
  );
  return rows.map((row) => {
    const settings = resolveJourneySettings((row.settings ?? {}) as JourneySettings);
    return {
      journeyId: row.id,
      goalEvent: settings.goal?.event ?? null,
      goalWhere: settings.goal?.where ?? null,
      windowSeconds: settings.attributionWindowSeconds,
    };
  });
}

/** The rules as the `$10` parameter of `runOutcomes` (only journeys with a goal can claim a purchase). */
export const rulesParam = (rules: readonly AttributionRule[]) =>
  JSON.stringify(
    rules
      .filter((r) => r.goalEvent)
      .map((r) => ({ id: r.journeyId, goal: r.goalEvent, win: r.windowSeconds })),
  );

const amount = `case
    when jsonb_typeof(e.properties -> 'amount') = 'number' then (e.properties ->> 'amount')::float8
    when jsonb_typeof(e.properties -> 'amount') = 'string'
         and (e.properties ->> 'amount') ~ '^\\s*[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?\\s*$'
      then (e.properties ->> 'amount')::float8
    else 0 end`;

/** The SQL pieces `runOutcomes` needs for goal `where` conditions, compiled with the statement's parameters. */
export type GoalFilters = {
  /** Segment subqueries the conditions reference, for the WITH list (each ends with a comma). */
  readonly withList: string;
  /** Joins the event's customer as `c` when some condition reads the customer. */
  readonly join: string;
  /** Whether an event `e` counts for the reported journey's goal. */
  readonly own: string;
  /** Whether an event `e` counts for the goal of the other run `o` (its rule's `where`). */
  readonly others: string;
};

/**
 * Compiles the reported journey's goal `where` and every other journey's, appending their values to
 * `params` (which holds the ten `runOutcomes` parameters). Without any `where` nothing is joined.
 */
export async function goalFilters(
  sql: SqlClient,
  input: {
    readonly workspaceId: string;
    readonly ownWhere: Condition | null;
    readonly rules: readonly AttributionRule[];
    readonly timezone: string;
    readonly now: Date;
  },
  params: SqlParams,
): Promise<GoalFilters> {
  const withWhere = input.rules.filter((rule) => rule.goalEvent && rule.goalWhere);
  if (!input.ownWhere && withWhere.length === 0)
    return { withList: '', join: '', own: 'TRUE', others: 'TRUE' };
  const ctx = {
    workspaceId: input.workspaceId,
    now: input.now,
    segments: await loadSegmentRefs(sql, input.workspaceId),
    defaultTimezone: input.timezone,
    subqueries: new SegmentSubqueries(),
    strategy: 'perCustomer' as const,
  };
  const own = input.ownWhere ? compileEventFilter(input.ownWhere, ctx, params) : 'TRUE';
  const others = withWhere.map(
    (rule) =>
      `(o.journey_id <> ${params.add(rule.journeyId)}::text or ${compileEventFilter(rule.goalWhere as Condition, ctx, params)})`,
  );
  const definitions = ctx.subqueries.definitions();
  return {
    withList: definitions.map((definition) => `${definition},`).join(' '),
    join: 'join customers c on c.workspace_id = $1 and c.id = e.customer_id',
    own,
    others: others.length === 0 ? 'TRUE' : others.join(' and '),
  };
}

/**
 * The runs of the report (by local entry day) with whether each converted and the goal revenue it owns.
 *
 * Last touch across journeys: a goal event belongs to the customer's latest run — in any journey of the
 * workspace whose goal is that event and whose attribution window still covers it — that entered at or
 * before it; the event that started a run never counts as that run's conversion. So each purchase counts
 * once in the whole workspace, and a run converted only if it owns at least one goal event. Runs kept in
 * another journey's holdout received nothing from it and never take a purchase away.
 * Parameters: $1 workspace, $2 journey, $3/$4 UTC margins, $5/$6 local from/to days, $7 timezone,
 * $8 goal event (null: none), $9 attribution window in seconds, $10 the workspace's rules (`rulesParam`).
 * Goal events count only when they match the goal's `where` (`goalFilters`).
 */
export const runOutcomes = (filters: GoalFilters) => `with ${filters.withList} rule as (
    select * from jsonb_to_recordset($10::text::jsonb) as k(id text, goal text, win float8)
  ),
  run as (
    select id, customer_id, entered_at, holdout, trigger_event ->> 'id' as trigger_id,
           to_char(entered_at at time zone $7::text, 'YYYY-MM-DD') as day
      from runs
     where workspace_id = $1 and journey_id = $2
       and ($3::timestamptz is null or entered_at >= $3::timestamptz)
       and ($4::timestamptz is null or entered_at < $4::timestamptz)
  ),
  outcome as (
    select run.id, run.day, run.holdout, g.n > 0 as converted, g.revenue
      from run
      cross join lateral (
        select count(*)::int as n, coalesce(sum(${amount}), 0)::float8 as revenue
          from events e ${filters.join}
         where $8::text is not null and e.workspace_id = $1 and e.customer_id = run.customer_id and e.name = $8::text
           and e.ts >= run.entered_at and e.ts <= run.entered_at + make_interval(secs => $9::float8)
           and e.id is distinct from run.trigger_id
           and ${filters.own}
           and not exists (
             select 1 from runs o join rule on rule.id = o.journey_id
              where o.workspace_id = $1 and o.customer_id = run.customer_id and o.id <> run.id
                and rule.goal = e.name and (not o.holdout or o.journey_id = $2)
                and o.entered_at <= e.ts and e.ts <= o.entered_at + make_interval(secs => rule.win)
                and e.id is distinct from o.trigger_event ->> 'id'
                and (o.entered_at > run.entered_at or (o.entered_at = run.entered_at and o.id > run.id))
                and ${filters.others}
           )
      ) g
     where ($5::text is null or run.day >= $5::text) and ($6::text is null or run.day <= $6::text)
  )`;
