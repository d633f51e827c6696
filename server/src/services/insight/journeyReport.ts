import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { JourneyReport, JourneyReportQuery } from '@journeyflow/shared/api/stats';
import { type JourneySettings, resolveJourneySettings } from '@journeyflow/shared/journey/journeySettings';
import type { Channel } from '@journeyflow/shared/messaging/channelContent';
import { messageTypeOf } from '@journeyflow/shared/messaging/messageTypeOf';
import { getChannelPrices } from '../../channels/workspaceMessagingService';
import { NotFoundError } from '../../errors/domainErrors';
import { rateDifference, twoProportionPValue } from './twoProportion';

type RunRow = {
  id: string;
  customer_id: string;
  entered_at: Date | string;
  holdout: boolean;
  status: string;
};
type GoalRow = { customer_id: string; ts: Date | string; amount: unknown };

const dayMs = 86_400_000;
const maxDays = 366;

/** `YYYY-MM-DD` of an instant in a timezone. */
const dayIn = (timeZone: string) => {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (at: Date) => format.format(at);
};

const amountOf = (value: unknown): number => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? n : 0;
};

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * dayMs).toISOString().slice(0, 10);

/**
 * `GET /api/journeys/:id/report`: who entered (per day, in the journey's timezone), conversions, revenue
 * attributed by the goal event's `amount` within the attribution window after entry (each goal event to
 * the customer's latest run that entered before it, so overlapping runs never count it twice), cost from
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
       (select v.settings from engine_versions v where v.journey_id = j.id order by v.version desc limit 1),
       j.settings) as settings
     from journeys j where j.id = $1 and j.workspace_id = $2`,
    [journeyId, workspaceId],
  );
  if (!journey) throw new NotFoundError('Journey');
  const settings = resolveJourneySettings((journey.settings ?? {}) as JourneySettings);
  const toDay = dayIn(settings.timezone);
  const windowMs = settings.attributionWindowSeconds * 1000;

  // A UTC margin of a day around the requested local days; exact filtering is by local day below.
  const lower = query.from ? new Date(Date.parse(`${query.from}T00:00:00Z`) - dayMs).toISOString() : null;
  const upper = query.to ? new Date(Date.parse(`${query.to}T00:00:00Z`) + 2 * dayMs).toISOString() : null;
  const runs = (
    await sql.query<RunRow>(
      `select id, customer_id, entered_at, holdout, status from runs
        where workspace_id = $1 and journey_id = $2
          and ($3::timestamptz is null or entered_at >= $3::timestamptz)
          and ($4::timestamptz is null or entered_at < $4::timestamptz)
        order by entered_at`,
      [workspaceId, journeyId, lower, upper],
    )
  ).filter((run) => {
    const day = toDay(new Date(run.entered_at));
    return (!query.from || day >= query.from) && (!query.to || day <= query.to);
  });

  // Goal events of these customers within the attribution window of their entries.
  const converted = new Set<string>();
  const revenueByRun = new Map<string, number>();
  for (const run of runs) if (run.status === 'converted') converted.add(run.id);
  const goal = settings.goal;
  if (goal && runs.length > 0) {
    const first = new Date(runs[0]?.entered_at ?? 0);
    const last = new Date(new Date(runs.at(-1)?.entered_at ?? 0).getTime() + windowMs);
    const goals = await sql.query<GoalRow>(
      `select customer_id, ts, properties->'amount' as amount from events
        where workspace_id = $1 and name = $2 and customer_id = any($3::text[])
          and ts >= $4::timestamptz and ts <= $5::timestamptz order by ts`,
      [
        workspaceId,
        goal.event,
        [...new Set(runs.map((r) => r.customer_id))],
        first.toISOString(),
        last.toISOString(),
      ],
    );
    const runsByCustomer = new Map<string, RunRow[]>();
    for (const run of runs) {
      const list = runsByCustomer.get(run.customer_id);
      if (list) list.push(run);
      else runsByCustomer.set(run.customer_id, [run]);
    }
    for (const event of goals) {
      const at = new Date(event.ts).getTime();
      const candidates = runsByCustomer.get(event.customer_id) ?? [];
      let owner: RunRow | undefined;
      for (const run of candidates) {
        const entered = new Date(run.entered_at).getTime();
        if (entered <= at && at <= entered + windowMs) owner = run;
      }
      if (!owner) continue;
      converted.add(owner.id);
      revenueByRun.set(owner.id, (revenueByRun.get(owner.id) ?? 0) + amountOf(event.amount));
    }
  }

  const treatment = runs.filter((r) => !r.holdout);
  const control = runs.filter((r) => r.holdout);
  const sumRevenue = (list: readonly RunRow[]) => list.reduce((s, r) => s + (revenueByRun.get(r.id) ?? 0), 0);
  const countConverted = (list: readonly RunRow[]) => list.filter((r) => converted.has(r.id)).length;

  // Cost: messages that reached a provider, priced by billable type (SMS/LMS/MMS, AlimTalk, Brand Message).
  const prices = await getChannelPrices(sql, workspaceId);
  const runIds = runs.map((r) => r.id);
  const messages =
    runIds.length === 0
      ? []
      : await sql.query<{ run_id: string; channel: string; rendered: unknown }>(
          `select run_id, channel, rendered from outbox where workspace_id = $1 and journey_id = $2
            and status in ('sent', 'delivered') and run_id = any($3::text[])`,
          [workspaceId, journeyId, runIds],
        );
  const costByRun = new Map<string, number>();
  for (const m of messages) {
    const type = messageTypeOf(m.channel as Channel, m.rendered);
    if (type) costByRun.set(m.run_id, (costByRun.get(m.run_id) ?? 0) + prices[type]);
  }
  const sumCost = (list: readonly RunRow[]) => list.reduce((s, r) => s + (costByRun.get(r.id) ?? 0), 0);

  const revenue = sumRevenue(treatment);
  const cost = sumCost(runs);
  const report: JourneyReport = {
    entries: entriesPerDay(runs, toDay, query),
    converted: countConverted(treatment),
    conversionRate: treatment.length > 0 ? countConverted(treatment) / treatment.length : 0,
    revenue,
    cost,
    roi: cost > 0 ? (revenue - cost) / cost : null,
  };

  if (control.length > 0) {
    const t = { n: treatment.length, converted: countConverted(treatment) };
    const c = { n: control.length, converted: countConverted(control) };
    const { diff, ci } = rateDifference(t, c);
    report.holdout = {
      treatment: { customers: t.n, converted: t.converted, rate: t.n ? t.converted / t.n : 0 },
      control: { customers: c.n, converted: c.converted, rate: c.n ? c.converted / c.n : 0 },
      uplift: diff,
      ci,
    };
  }

  const branches = await branchResults(sql, journeyId, runs, converted, revenueByRun);
  if (branches) report.branches = branches;
  return report;
}

function entriesPerDay(
  runs: readonly RunRow[],
  toDay: (at: Date) => string,
  query: JourneyReportQuery,
): { day: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const run of runs) {
    const day = toDay(new Date(run.entered_at));
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
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
  journeyId: string,
  runs: readonly RunRow[],
  converted: ReadonlySet<string>,
  revenueByRun: ReadonlyMap<string, number>,
): Promise<JourneyReport['branches']> {
  if (runs.length === 0) return undefined;
  const rows = await sql.query<{ run_id: string; node_id: string; handle: string }>(
    `select distinct run_id, node_id, handle from run_trace
      where journey_id = $1 and node_type in ('split.random', 'split.multi') and handle is not null
        and run_id = any($2::text[])`,
    [journeyId, runs.map((r) => r.id)],
  );
  if (rows.length === 0) return undefined;
  const holdout = new Set(runs.filter((r) => r.holdout).map((r) => r.id));
  const groups = new Map<string, { node: string; runs: Set<string> }>();
  for (const row of rows) {
    if (holdout.has(row.run_id)) continue;
    const key = `${row.node_id}:${row.handle}`;
    const group = groups.get(key) ?? { node: row.node_id, runs: new Set<string>() };
    group.runs.add(row.run_id);
    groups.set(key, group);
  }
  const result: NonNullable<JourneyReport['branches']> = {};
  const stats = new Map<string, { node: string; n: number; converted: number }>();
  for (const [key, group] of groups) {
    const n = group.runs.size;
    const conv = [...group.runs].filter((id) => converted.has(id)).length;
    const revenue = [...group.runs].reduce((s, id) => s + (revenueByRun.get(id) ?? 0), 0);
    stats.set(key, { node: group.node, n, converted: conv });
    result[key] = {
      entered: n,
      converted: conv,
      rate: n ? conv / n : 0,
      revenue,
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
