import { messageListResponseSchema } from '@journeyflow/shared/api/messages';
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
import { apiRequest } from '../../../api/apiRequest';
import { journeysApi } from '../../../api/journeysApi';
import { queryKeys } from '../../../api/queryKeys';
import { insightApi } from '../../live/api/insightApi';
import { useJourneyStats } from '../../live/hooks/useJourneyStats';
import '../../live/components/insight.css';
import { ExportButtons } from '../../../components/ExportButtons';
import { LinkClicksCard } from './LinkClicksCard';

const won = (n: number) => `₩${Math.round(n).toLocaleString('ko-KR')}`;
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
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
    queryFn: ({ signal }) =>
      apiRequest(`/api/messages?journeyId=${encodeURIComponent(id)}&limit=500`, {
        schema: messageListResponseSchema,
        signal,
      }),
    refetchInterval: 5000,
  });

  const byChannel = new Map<string, Record<string, number>>();
  for (const m of messages.data?.items ?? []) {
    const row = byChannel.get(m.channel) ?? {};
    row[m.status] = (row[m.status] ?? 0) + 1;
    byChannel.set(m.channel, row);
  }
  const channelRows = [...byChannel].map(([channel, counts]) => ({ channel, ...counts }));

  return (
    <div className="jf-page" data-testid="journey-dashboard">
      <div className="jf-page-head">
        <h1 className="jf-page-title">{journey.data?.name ?? 'Journey'} · dashboard</h1>
        <ExportButtons path={`/api/journeys/${encodeURIComponent(id)}/report/export`} />
        <Link className="jf-link-button" to={`/journeys/${encodeURIComponent(id)}`}>
          ← Canvas
        </Link>
      </div>
      {report.error && <p className="jf-error-text">{report.error.message}</p>}
      {report.data && <Kpis report={report.data} active={stats.data?.active ?? 0} />}
      <div className="jf-charts">
        <div className="jf-chart-card">
          <h2>Entries per day</h2>
          <ResponsiveContainer width="100%" height={240}>
            <LineChart data={report.data?.entries ?? []}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="day" fontSize={11} />
              <YAxis allowDecimals={false} fontSize={11} />
              <Tooltip />
              <Line
                type="monotone"
                dataKey="count"
                name="entered"
                stroke="#6366f1"
                strokeWidth={2}
                dot={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
        <div className="jf-chart-card">
          <h2>Messages by channel and status</h2>
          <ResponsiveContainer width="100%" height={240}>
            <BarChart data={channelRows}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="channel" fontSize={11} />
              <YAxis allowDecimals={false} fontSize={11} />
              <Tooltip />
              <Legend />
              {statuses.map((status) => (
                <Bar key={status} dataKey={status} stackId="s" fill={statusColors[status]} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
        {report.data?.holdout && <Holdout holdout={report.data.holdout} />}
        {report.data?.branches && <Branches branches={report.data.branches} />}
        {report.data?.clicks && <LinkClicksCard clicks={report.data.clicks} />}
      </div>
    </div>
  );
}

function Kpis({ report, active }: { readonly report: JourneyReport; readonly active: number }) {
  const entered = report.entries.reduce((s, e) => s + e.count, 0);
  return (
    <div className="jf-kpis" style={{ marginBottom: 16 }} data-testid="dashboard-kpis">
      <Kpi label="Entered" value={entered.toLocaleString()} />
      <Kpi label="In journey now" value={active.toLocaleString()} />
      <Kpi label="Converted" value={report.converted.toLocaleString()} hint={pct(report.conversionRate)} />
      <Kpi label="Attributed revenue" value={won(report.revenue)} />
      <Kpi label="Estimated cost" value={won(report.cost)} />
      <Kpi label="ROI" value={report.roi === null ? '—' : pct(report.roi)} hint="(revenue − cost) / cost" />
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

function Holdout({ holdout }: { readonly holdout: NonNullable<JourneyReport['holdout']> }) {
  const data = [
    { group: 'treatment', rate: holdout.treatment.rate * 100 },
    { group: 'control (holdout)', rate: holdout.control.rate * 100 },
  ];
  const significant = holdout.ci[0] > 0 || holdout.ci[1] < 0;
  return (
    <div className="jf-chart-card" data-testid="dashboard-holdout">
      <h2>Holdout vs treatment</h2>
      <ResponsiveContainer width="100%" height={180}>
        <BarChart data={data} layout="vertical">
          <XAxis type="number" unit="%" fontSize={11} />
          <YAxis type="category" dataKey="group" width={120} fontSize={11} />
          <Tooltip />
          <Bar dataKey="rate" fill="#22c55e" />
        </BarChart>
      </ResponsiveContainer>
      <p>
        Uplift <strong>{pct(holdout.uplift)}</strong> (95% CI {pct(holdout.ci[0])} … {pct(holdout.ci[1])}){' '}
        {significant ? (
          <span className="jf-winner">significant</span>
        ) : (
          <span className="jf-hint">not significant yet</span>
        )}
      </p>
      <p className="jf-hint">
        treatment {holdout.treatment.converted}/{holdout.treatment.customers} · control{' '}
        {holdout.control.converted}/{holdout.control.customers}
      </p>
    </div>
  );
}

function Branches({ branches }: { readonly branches: NonNullable<JourneyReport['branches']> }) {
  return (
    <div className="jf-chart-card" data-testid="dashboard-branches">
      <h2>A/B branches</h2>
      <table className="jf-table jf-table-compact">
        <thead>
          <tr>
            <th>Branch</th>
            <th>Customers</th>
            <th>Converted</th>
            <th>Rate</th>
            <th>Revenue</th>
            <th>p</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(branches).map(([key, b]) => (
            <tr key={key}>
              <td>
                {key} {b.winner && <span className="jf-winner">winner</span>}
              </td>
              <td>{b.entered}</td>
              <td>{b.converted}</td>
              <td>{pct(b.rate)}</td>
              <td>{won(b.revenue ?? 0)}</td>
              <td>{b.pValue === null || b.pValue === undefined ? '—' : b.pValue.toFixed(3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="jf-hint">A winner is named only at 95% confidence against the runner-up.</p>
    </div>
  );
}
