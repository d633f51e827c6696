import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { journeysApi } from '../../../api/journeysApi';
import { queryKeys } from '../../../api/queryKeys';
import { insightApi } from '../../live/api/insightApi';
import '../../live/components/insight.css';

/** Twelve weeks: long enough to see acquisition, upgrades, downgrades and customers going dormant. */
const gradeDays = 84;
const gradeColors = ['#7c3aed', '#f59e0b', '#94a3b8', '#b45309', '#64748b', '#d1d5db', '#0ea5e9'];
const won = (n: number) => `₩${Math.round(n).toLocaleString('ko-KR')}`;

/**
 * `/insights`: every live or paused journey ranked by ROI, with revenue, cost and conversions, and the
 * grade distribution over time (acquisition, retention, value-up, reactivation at a glance).
 */
export function WorkspaceOverviewPage() {
  const journeys = useQuery({
    queryKey: queryKeys.journeys.list({}),
    queryFn: ({ signal }) => journeysApi.list({}, signal),
  });
  const running = (journeys.data?.items ?? []).filter((j) => j.status === 'live' || j.status === 'paused');
  const reports = useQueries({
    queries: running.map((j) => ({
      queryKey: queryKeys.insights.report(j.id),
      queryFn: ({ signal }: { signal: AbortSignal }) => insightApi.report(j.id, {}, signal),
      refetchInterval: 10_000,
    })),
  });
  const rows = running
    .map((j, i) => ({ journey: j, report: reports[i]?.data }))
    .sort(
      (a, b) => (b.report?.roi ?? Number.NEGATIVE_INFINITY) - (a.report?.roi ?? Number.NEGATIVE_INFINITY),
    );
  const grades = useQuery({
    queryKey: queryKeys.insights.grades(gradeDays),
    queryFn: ({ signal }) => insightApi.gradeDistribution(gradeDays, signal),
  });
  const gradeRows = (grades.data?.days ?? []).map((d) => ({ day: d.day.slice(5), ...d.counts }));
  const chart = rows.map((r) => ({
    name: r.journey.name,
    revenue: r.report?.revenue ?? 0,
    cost: r.report?.cost ?? 0,
  }));
  return (
    <div className="jf-page" data-testid="workspace-overview">
      <h1 className="jf-page-title">Journeys by ROI</h1>
      <div className="jf-chart-card" style={{ marginBottom: 16 }}>
        <h2>Attributed revenue and cost</h2>
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={chart}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" fontSize={11} />
            <YAxis fontSize={11} />
            <Tooltip formatter={(value) => won(Number(value))} />
            <Bar dataKey="revenue" fill="#22c55e" />
            <Bar dataKey="cost" fill="#f97316" />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className="jf-chart-card" style={{ marginBottom: 16 }} data-testid="grade-distribution">
        <h2>Customers by grade, last 12 weeks</h2>
        <ResponsiveContainer width="100%" height={260}>
          <AreaChart data={gradeRows}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" fontSize={11} />
            <YAxis fontSize={11} />
            <Tooltip />
            <Legend />
            {(grades.data?.grades ?? []).map((grade, i) => (
              <Area
                key={grade}
                type="monotone"
                dataKey={grade}
                stackId="g"
                stroke={gradeColors[i % gradeColors.length]}
                fill={gradeColors[i % gradeColors.length]}
              />
            ))}
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <table className="jf-table">
        <thead>
          <tr>
            <th>#</th>
            <th>Journey</th>
            <th>Status</th>
            <th>Converted</th>
            <th>Revenue</th>
            <th>Cost</th>
            <th>ROI</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.journey.id} data-testid="overview-row">
              <td>{index + 1}</td>
              <td>
                <Link to={`/journeys/${encodeURIComponent(row.journey.id)}/dashboard`}>
                  {row.journey.name}
                </Link>
              </td>
              <td>{row.journey.status}</td>
              <td>
                {row.report
                  ? `${row.report.converted} (${(row.report.conversionRate * 100).toFixed(1)}%)`
                  : '…'}
              </td>
              <td>{row.report ? won(row.report.revenue) : '…'}</td>
              <td>{row.report ? won(row.report.cost) : '…'}</td>
              <td>
                {row.report?.roi === null || !row.report ? '—' : `${(row.report.roi * 100).toFixed(0)}%`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
