import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { type JourneySettings, resolveJourneySettings } from '@journeyflow/shared/journey/journeySettings';

/** One journey's attribution rule: which goal event it claims and for how long after a customer enters. */
export type AttributionRule = { journeyId: string; goalEvent: string | null; windowSeconds: number };

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
 */
export const runOutcomes = `with rule as (
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
          from events e
         where $8::text is not null and e.workspace_id = $1 and e.customer_id = run.customer_id and e.name = $8::text
           and e.ts >= run.entered_at and e.ts <= run.entered_at + make_interval(secs => $9::float8)
           and e.id is distinct from run.trigger_id
           and not exists (
             select 1 from runs o join rule on rule.id = o.journey_id
              where o.workspace_id = $1 and o.customer_id = run.customer_id and o.id <> run.id
                and rule.goal = e.name and (not o.holdout or o.journey_id = $2)
                and o.entered_at <= e.ts and e.ts <= o.entered_at + make_interval(secs => rule.win)
                and e.id is distinct from o.trigger_event ->> 'id'
                and (o.entered_at > run.entered_at or (o.entered_at = run.entered_at and o.id > run.id))
           )
      ) g
     where ($5::text is null or run.day >= $5::text) and ($6::text is null or run.day <= $6::text)
  )`;
