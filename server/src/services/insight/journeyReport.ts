import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { JourneyReport, JourneyReportQuery } from '@journeyflow/shared/api/stats';
import { type JourneySettings, resolveJourneySettings } from '@journeyflow/shared/journey/journeySettings';
import type { MessageType } from '@journeyflow/shared/messaging/channelSettings';
import { SMS_MAX_BYTES } from '@journeyflow/shared/messaging/classifySms';
import { getChannelPrices } from '../../channels/workspaceMessagingService';
import { NotFoundError } from '../../errors/domainErrors';
import { SqlParams } from '../audience/sqlParams';
import { clicksByNode } from '../links/linkClickStats';
import { attributionRules, goalFilters, rulesParam, runOutcomes } from './goalAttribution';
import { rateDifference, twoProportionPValue } from './twoProportion';

const dayMs = 86_400_000;
const maxDays = 366;

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * dayMs).toISOString().slice(0, 10);

/**
 * `GET /api/journeys/:id/report`: who entered (per day, in the journey's timezone), conversions, revenue
 * attributed by the goal event's `amount` within the attribution window after entry (last touch across
 * the workspace's journeys — see `runOutcomes` — so a purchase is never counted twice), cost from
 * the workspace price table, ROI, holdout uplift with a 95 % CI, and split branches with a winner only
 * when significant.
 */
export async function journeyReport(
  sql: SqlClient,
  workspaceId: string,
  journeyId: string,
  query: JourneyReportQuery,
): Promise<JourneyReport> {
  const [journey] = await sql.query<{ settings: unknown }>(
    `select coalesce(
       (select v.settings from journey_versions v where v.journey_id = j.id and v.status is not null order by v.version desc limit 1),
       j.settings) as settings
     from journeys j where j.id = $1 and j.workspace_id = $2`,
    [journeyId, workspaceId],
  );
  if (!journey) throw new NotFoundError('Journey');
  const settings = resolveJourneySettings((journey.settings ?? {}) as JourneySettings);

  // A UTC margin of a day around the requested local days narrows the scan; the exact filter is by local day.
  const lower = query.from ? new Date(Date.parse(`${query.from}T00:00:00Z`) - dayMs).toISOString() : null;
  const upper = query.to ? new Date(Date.parse(`${query.to}T00:00:00Z`) + 2 * dayMs).toISOString() : null;
  const rules = await attributionRules(sql, workspaceId);
  const outcomeParams = new SqlParams([
    workspaceId,
    journeyId,
    lower,
    upper,
    query.from ?? null,
    query.to ?? null,
    settings.timezone,
    settings.goal?.event ?? null,
    settings.attributionWindowSeconds,
    rulesParam(rules),
  ]);
  const filters = await goalFilters(
    sql,
    {
      workspaceId,
      ownWhere: settings.goal?.where ?? null,
      rules,
      timezone: settings.timezone,
      now: new Date(),
    },
    outcomeParams,
  );
  const outcomes = runOutcomes(filters);
  const params = outcomeParams.values;

  const groups = await sql.query<{
    day: string;
    holdout: boolean;
    n: number;
    converted: number;
    revenue: number;
  }>(
    `${outcomes}
     select day, holdout, count(*)::int as n, count(*) filter (where converted)::int as converted,
            coalesce(sum(revenue), 0)::float8 as revenue
       from outcome group by day, holdout`,
    params,
  );
  const entries = new Map<string, number>();
  const treatment = { n: 0, converted: 0, revenue: 0 };
  const control = { n: 0, converted: 0, revenue: 0 };
  for (const row of groups) {
    entries.set(row.day, (entries.get(row.day) ?? 0) + Number(row.n));
    const group = row.holdout ? control : treatment;
    group.n += Number(row.n);
    group.converted += Number(row.converted);
    group.revenue += Number(row.revenue);
  }

  // Cost: messages that reached a provider, priced by billable type (SMS/LMS/MMS, AlimTalk, Brand Message).
  const prices = await getChannelPrices(sql, workspaceId);
  // Driven from the journey's outbox rows, each looking up its run by primary key (`offset 0` keeps the
  // planner from flattening the lookup into a join it may misjudge without statistics — PGlite has no
  // autovacuum to gather them), with the same run filter as above.
  const billed = await sql.query<{ type: MessageType | null; n: number }>(
    `select ${billableType('o.channel', 'o.rendered')} as type, count(*)::int as n
       from outbox o
       cross join lateral (select r.entered_at from runs r where r.id = o.run_id and r.workspace_id = $1 offset 0) r
      where o.workspace_id = $1 and o.journey_id = $2 and o.status in ('sent', 'delivered') and not o.test
        and ($3::timestamptz is null or r.entered_at >= $3::timestamptz)
        and ($4::timestamptz is null or r.entered_at < $4::timestamptz)
        and ($5::text is null or to_char(r.entered_at at time zone $7::text, 'YYYY-MM-DD') >= $5::text)
        and ($6::text is null or to_char(r.entered_at at time zone $7::text, 'YYYY-MM-DD') <= $6::text)
      group by 1`,
    params.slice(0, 7),
  );
  const cost = billed.reduce((sum, row) => sum + (row.type ? prices[row.type] * Number(row.n) : 0), 0);

  const revenue = treatment.revenue;
  const report: JourneyReport = {
    entries: entriesPerDay(entries, query),
    converted: treatment.converted,
    conversionRate: treatment.n > 0 ? treatment.converted / treatment.n : 0,
    revenue,
    cost,
    roi: cost > 0 ? (revenue - cost) / cost : null,
    attribution: {
      model: 'last_touch',
      goalEvent: settings.goal?.event ?? null,
      windowSeconds: settings.attributionWindowSeconds,
    },
  };

  if (control.n > 0) {
    const { diff, ci } = rateDifference(treatment, control);
    report.holdout = {
      treatment: { customers: treatment.n, converted: treatment.converted, rate: rate(treatment) },
      control: { customers: control.n, converted: control.converted, rate: rate(control) },
      uplift: diff,
      ci,
    };
  }

  const branches = await branchResults(sql, outcomes, params);
  if (branches) report.branches = branches;
  const clicks = await clicksByNode(sql, workspaceId, journeyId);
  if (clicks.size > 0) {
    report.clicks = Object.fromEntries(
      [...clicks].map(([node, c]) => [node, { ...c, rate: c.messages > 0 ? c.unique / c.messages : 0 }]),
    );
  }
  return report;
}

const rate = (p: { n: number; converted: number }) => (p.n > 0 ? p.converted / p.n : 0);

/** The billable type (see `messageTypeOf`) in SQL: SMS text in EUC-KR bytes — ASCII 1, anything else 2. */
function billableType(channel: string, rendered: string): string {
  const text = `(case when jsonb_typeof(${rendered} -> 'text') = 'string' then ${rendered} ->> 'text' else '' end)`;
  const bytes = `(char_length(${text}) + char_length(regexp_replace(${text}, '[\\x01-\\x7f]', '', 'g')))`;
  const hasString = (field: string) =>
    `(jsonb_typeof(${rendered} -> '${field}') = 'string' and ${rendered} ->> '${field}' <> '')`;
  return `(case ${channel}
      when 'sms' then case when ${hasString('imageUrl')} then 'MMS'
                           when ${bytes} > ${SMS_MAX_BYTES} or ${hasString('subject')} then 'LMS'
                           else 'SMS' end
      when 'alimtalk' then 'ALIMTALK'
      when 'brandmessage' then 'BRAND_MESSAGE'
      else null end)`;
}

function entriesPerDay(
  counts: ReadonlyMap<string, number>,
  query: JourneyReportQuery,
): { day: string; count: number }[] {
  const days = [...counts.keys()].sort();
  const from = query.from ?? days[0];
  const to = query.to ?? days.at(-1);
  if (!from || !to) return [];
  const out: { day: string; count: number }[] = [];
  for (let day = from, i = 0; day <= to && i < maxDays; day = addDays(day, 1), i++) {
    out.push({ day, count: counts.get(day) ?? 0 });
  }
  return out;
}

/** Split branches (`nodeId:branchId`) from the trace: who went where, who converted, which one wins. */
async function branchResults(
  sql: SqlClient,
  outcomes: string,
  params: readonly unknown[],
): Promise<JourneyReport['branches']> {
  const rows = await sql.query<{
    node_id: string;
    handle: string;
    n: number;
    converted: number;
    revenue: number;
  }>(
    `${outcomes}
     select b.node_id, b.handle, count(*)::int as n, count(*) filter (where o.converted)::int as converted,
            coalesce(sum(o.revenue), 0)::float8 as revenue
       from outcome o
       cross join lateral (
         select distinct t.node_id, t.handle from run_trace t
          where t.run_id = o.id and t.node_type in ('split.random', 'split.multi') and t.handle is not null
       ) b
      where not o.holdout
      group by b.node_id, b.handle`,
    [...params],
  );
  if (rows.length === 0) return undefined;
  const result: NonNullable<JourneyReport['branches']> = {};
  const stats = new Map<string, { node: string; n: number; converted: number }>();
  for (const row of rows) {
    const key = `${row.node_id}:${row.handle}`;
    const n = Number(row.n);
    const conv = Number(row.converted);
    stats.set(key, { node: row.node_id, n, converted: conv });
    result[key] = {
      entered: n,
      converted: conv,
      rate: n ? conv / n : 0,
      revenue: Number(row.revenue),
      pValue: null,
      winner: false,
    };
  }
  // Per split: the best branch is a winner only if it beats the runner-up at p < 0.05.
  for (const node of new Set([...stats.values()].map((s) => s.node))) {
    const ranked = [...stats.entries()]
      .filter(([, s]) => s.node === node)
      .sort(([, a], [, b]) => b.converted / Math.max(1, b.n) - a.converted / Math.max(1, a.n));
    const [best, runnerUp] = ranked;
    if (!best || !runnerUp) continue;
    const p = twoProportionPValue(
      { n: best[1].n, converted: best[1].converted },
      { n: runnerUp[1].n, converted: runnerUp[1].converted },
    );
    for (const [key, s] of ranked) {
      const entry = result[key];
      if (!entry) continue;
      entry.pValue =
        key === best[0]
          ? p
          : twoProportionPValue(
              { n: s.n, converted: s.converted },
              { n: best[1].n, converted: best[1].converted },
            );
    }
    const bestEntry = result[best[0]];
    if (bestEntry && p !== null && p < 0.05) bestEntry.winner = true;
  }
  return result;
}
