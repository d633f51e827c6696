import type { JourneyReport } from '@journeyflow/shared/api/stats';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { apiUrl } from '../../../api/apiUrl';
import { journeysApi } from '../../../api/journeysApi';
import { queryKeys } from '../../../api/queryKeys';
import { ChartLegend } from '../../../components/ChartLegend';
import { insightApi } from '../../live/api/insightApi';
import { useJourneyStats } from '../../live/hooks/useJourneyStats';
import '../../live/components/insight.css';
import { ExportButtons } from '../../../components/ExportButtons';
import { PageHead } from '../../../components/PageHead';
import { durationText } from '../../../i18n/durationText';
import { channelLabel, messageStatusLabel, peopleLabel, percentLabel, wonLabel } from '../../../i18n/labels';
import { type Translate, useT } from '../../../i18n/useT';
import { peopleTick, percentTick } from '../utils/chartFormat';
import { LinkClicksCard } from './LinkClicksCard';

const statuses = ['queued', 'sent', 'delivered', 'failed', 'skipped'] as const;
const statusColors: Record<(typeof statuses)[number], string> = {
  queued: '#a5b4fc',
  sent: '#6366f1',
  delivered: '#22c55e',
  failed: '#ef4444',
  skipped: '#9ca3af',
};

/**
 * `/journeys/:id/dashboard`: entries over time, conversions, messages by channel and status, cost,
 * attributed revenue, ROI, holdout uplift with its confidence interval and the A/B branches.
 */
export function JourneyDashboardPage() {
  const t = useT();
  const { id = '' } = useParams();
  const journey = useQuery({
    queryKey: queryKeys.journeys.detail(id),
    queryFn: ({ signal }) => journeysApi.get(id, signal),
  });
  const report = useQuery({
    queryKey: queryKeys.insights.report(id),
    queryFn: ({ signal }) => insightApi.report(id, {}, signal),
    refetchInterval: 5000,
  });
  const stats = useJourneyStats(id, true);
  const messages = useQuery({
    queryKey: queryKeys.messages.ofJourney(id, 500),
    queryFn: ({ signal }) => insightApi.journeyMessages(id, 500, signal),
    refetchInterval: 5000,
  });

  const byChannel = new Map<string, Record<string, number>>();
  for (const m of messages.data?.items ?? []) {
    const row = byChannel.get(m.channel) ?? {};
    row[m.status] = (row[m.status] ?? 0) + 1;
    byChannel.set(m.channel, row);
  }
  const channelRows = [...byChannel].map(([channel, counts]) => ({
    channel: channelLabel(t, channel),
    ...counts,
  }));

  return (
    <div className="jf-page" data-testid="journey-dashboard">
      <PageHead title={t('dash.title', { name: journey.data?.name ?? t('dash.journey') })}>
        <ExportButtons path={apiUrl('get', '/api/journeys/{id}/report/export', { path: { id } })} />
        <Link className="jf-link-button" to={`/journeys/${encodeURIComponent(id)}`}>
          {t('dash.canvas')}
        </Link>
      </PageHead>
      {report.error && <p className="jf-error-text">{report.error.message}</p>}
      {report.data && <Kpis t={t} report={report.data} active={stats.data?.active ?? 0} />}
      {report.data?.attribution && (
        <p className="jf-hint" data-testid="dashboard-attribution" style={{ marginBottom: 16 }}>
          {report.data.attribution.goalEvent
            ? t('dash.attribution', {
                goal: `'${report.data.attribution.goalEvent}'`,
                window: durationText(t, report.data.attribution.windowSeconds),
              })
            : t('dash.attributionNoGoal')}
        </p>
      )}
      <div className="jf-charts">
        <div className="jf-chart-card">
          <h2>{t('dash.entriesPerDay')}</h2>
          {report.data?.entries.every((e) => e.count === 0) ? (
            <p className="jf-chart-empty">{t('dash.entriesEmpty')}</p>
          ) : (
            <ResponsiveContainer width="100%" height={240}>
              <LineChart data={report.data?.entries ?? []}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="day" fontSize={11} />
                <YAxis allowDecimals={false} fontSize={11} width={56} tickFormatter={peopleTick(t)} />
                <Tooltip formatter={(value) => peopleLabel(t, Number(value))} />
                <Line
                  type="monotone"
                  dataKey="count"
                  name={t('dash.entered')}
                  stroke="#6366f1"
                  strokeWidth={2}
                  dot={false}
                />
              </LineChart>
            </ResponsiveContainer>
          )}
        </div>
        <div className="jf-chart-card">
          <h2>{t('dash.messagesByChannel')}</h2>
          {messages.data?.items.length === 0 ? (
            <p className="jf-chart-empty">{t('dash.messagesEmpty')}</p>
          ) : (
            <ResponsiveContainer width="100%" height={240}>
              <BarChart data={channelRows}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="channel" fontSize={11} />
                <YAxis
                  allowDecimals={false}
                  fontSize={11}
                  tickFormatter={(n: number) => n.toLocaleString(t('chart.locale'))}
                />
                <Tooltip formatter={(value) => Number(value).toLocaleString(t('chart.locale'))} />
                <Legend content={<ChartLegend />} />
                {statuses.map((status) => (
                  <Bar
                    key={status}
                    dataKey={status}
                    name={messageStatusLabel(t, status)}
                    stackId="s"
                    fill={statusColors[status]}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          )}
        </div>
        {report.data?.holdout && <Holdout t={t} holdout={report.data.holdout} />}
        {report.data?.branches && <Branches t={t} branches={report.data.branches} />}
        {report.data?.clicks && <LinkClicksCard clicks={report.data.clicks} />}
      </div>
    </div>
  );
}

function Kpis({
  t,
  report,
  active,
}: {
  readonly t: Translate;
  readonly report: JourneyReport;
  readonly active: number;
}) {
  const entered = report.entries.reduce((s, e) => s + e.count, 0);
  const pct = (n: number) => percentLabel(t, n);
  const won = (n: number) => wonLabel(t, n);
  return (
    <div className="jf-kpis" style={{ marginBottom: 16 }} data-testid="dashboard-kpis">
      <Kpi label={t('dash.entered')} value={peopleLabel(t, entered)} />
      <Kpi label={t('dash.inJourney')} value={peopleLabel(t, active)} />
      <Kpi
        label={t('dash.converted')}
        value={peopleLabel(t, report.converted)}
        hint={pct(report.conversionRate)}
      />
      <Kpi label={t('dash.revenue')} value={won(report.revenue)} />
      <Kpi label={t('dash.cost')} value={won(report.cost)} />
      <Kpi
        label={t('dash.roi')}
        value={report.roi === null ? t('insights.noCost') : pct(report.roi)}
        hint={t('dash.roiHint')}
      />
    </div>
  );
}

function Kpi({
  label,
  value,
  hint,
}: {
  readonly label: string;
  readonly value: string;
  readonly hint?: string;
}) {
  return (
    <div className="jf-kpi">
      <div className="jf-kpi-label">{label}</div>
      <div className="jf-kpi-value">{value}</div>
      {hint && <div className="jf-kpi-hint">{hint}</div>}
    </div>
  );
}

function Holdout({
  t,
  holdout,
}: {
  readonly t: Translate;
  readonly holdout: NonNullable<JourneyReport['holdout']>;
}) {
  const pct = (n: number) => percentLabel(t, n);
  const data = [
    { group: t('dash.treatment'), rate: holdout.treatment.rate * 100 },
    { group: t('dash.control'), rate: holdout.control.rate * 100 },
  ];
  const significant = holdout.ci[0] > 0 || holdout.ci[1] < 0;
  return (
    <div className="jf-chart-card" data-testid="dashboard-holdout">
      <h2>{t('dash.holdout')}</h2>
      <ResponsiveContainer width="100%" height={180}>
        <BarChart data={data} layout="vertical">
          <XAxis type="number" fontSize={11} tickFormatter={percentTick(t)} />
          <YAxis type="category" dataKey="group" width={120} fontSize={11} />
          <Tooltip formatter={(value) => t('label.percent', { n: Number(value).toFixed(1) })} />
          <Bar dataKey="rate" name={t('dash.rate')} fill="#22c55e" />
        </BarChart>
      </ResponsiveContainer>
      <p>
        <strong>
          {t('dash.uplift', {
            uplift: pct(holdout.uplift),
            low: pct(holdout.ci[0]),
            high: pct(holdout.ci[1]),
          })}
        </strong>{' '}
        {significant ? (
          <span className="jf-winner">{t('dash.significant')}</span>
        ) : (
          <span className="jf-hint">{t('dash.notSignificant')}</span>
        )}
      </p>
      <p className="jf-hint">
        {t('dash.groups', {
          tc: holdout.treatment.converted,
          tn: holdout.treatment.customers,
          cc: holdout.control.converted,
          cn: holdout.control.customers,
        })}
      </p>
    </div>
  );
}

function Branches({
  t,
  branches,
}: {
  readonly t: Translate;
  readonly branches: NonNullable<JourneyReport['branches']>;
}) {
  return (
    <div className="jf-chart-card" data-testid="dashboard-branches">
      <h2>{t('dash.branches')}</h2>
      <table className="jf-table jf-table-compact">
        <thead>
          <tr>
            <th>{t('dash.branch')}</th>
            <th>{t('dash.customers')}</th>
            <th>{t('dash.converted')}</th>
            <th>{t('dash.rate')}</th>
            <th>{t('insights.revenue')}</th>
            <th>{t('dash.pValue')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(branches).map(([key, b]) => (
            <tr key={key}>
              <td>
                {key} {b.winner && <span className="jf-winner">{t('dash.winner')}</span>}
              </td>
              <td>{peopleLabel(t, b.entered)}</td>
              <td>{peopleLabel(t, b.converted)}</td>
              <td>{percentLabel(t, b.rate)}</td>
              <td>{wonLabel(t, b.revenue ?? 0)}</td>
              <td>{b.pValue === null || b.pValue === undefined ? '—' : b.pValue.toFixed(3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="jf-hint">{t('dash.winnerHint')}</p>
    </div>
  );
}
