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
import { ChartLegend } from '../../../components/ChartLegend';
import { journeyStatusLabel, percentLabel, wonLabel } from '../../../i18n/labels';
import { useT } from '../../../i18n/useT';
import { insightApi } from '../../live/api/insightApi';
import { rankByRoi } from '../rankByRoi';
import '../../live/components/insight.css';

/** Twelve weeks: long enough to see acquisition, upgrades, downgrades and customers going dormant. */
const gradeDays = 84;
const gradeColors = ['#7c3aed', '#f59e0b', '#94a3b8', '#b45309', '#64748b', '#d1d5db', '#0ea5e9'];
/** Grades named like metals are drawn in their metal's colour (Gold gold, not grey), in either language. */
const namedGradeColors: Readonly<Record<string, string>> = {
  vip: '#7c3aed',
  gold: '#eab308',
  골드: '#eab308',
  silver: '#94a3b8',
  실버: '#94a3b8',
  bronze: '#b45309',
  브론즈: '#b45309',
  dormant: '#64748b',
  휴면: '#64748b',
  '(none)': '#d1d5db',
};
const gradeColor = (grade: string, index: number): string =>
  namedGradeColors[grade.toLowerCase()] ?? gradeColors[index % gradeColors.length] ?? '#0ea5e9';
const axisNumber = (n: number) => n.toLocaleString('ko-KR');

/**
 * `/insights`: every live or paused journey ranked by ROI, with revenue, cost and conversions, and the
 * grade distribution over time (acquisition, retention, value-up, reactivation at a glance).
 */
export function WorkspaceOverviewPage() {
  const t = useT();
  const won = (n: number) => wonLabel(t, n);
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
  const rows = rankByRoi(running.map((j, i) => ({ journey: j, report: reports[i]?.data })));
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
      <h1 className="jf-page-title">{t('insights.title')}</h1>
      {journeys.data && rows.length === 0 && <p className="jf-empty">{t('insights.empty')}</p>}
      <div className="jf-chart-card" style={{ marginBottom: 16 }}>
        <h2>{t('insights.revenueCost')}</h2>
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={chart}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" fontSize={11} />
            <YAxis fontSize={11} width={80} tickFormatter={axisNumber} />
            <Tooltip formatter={(value) => won(Number(value))} />
            <Legend content={<ChartLegend />} />
            <Bar dataKey="revenue" name={t('insights.revenue')} fill="#22c55e" />
            <Bar dataKey="cost" name={t('insights.cost')} fill="#f97316" />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className="jf-chart-card" style={{ marginBottom: 16 }} data-testid="grade-distribution">
        <h2>{t('insights.grades')}</h2>
        {grades.data && grades.data.grades.length === 0 && (
          <p className="jf-hint">{t('insights.gradesEmpty')}</p>
        )}
        <ResponsiveContainer width="100%" height={260}>
          <AreaChart data={gradeRows}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" fontSize={11} />
            <YAxis fontSize={11} tickFormatter={axisNumber} />
            <Tooltip />
            <Legend content={<ChartLegend />} />
            {(grades.data?.grades ?? []).map((grade, i) => (
              <Area
                key={grade}
                type="monotone"
                dataKey={grade}
                name={grade === '(none)' ? t('chart.none') : grade}
                stackId="g"
                stroke={gradeColor(grade, i)}
                fill={gradeColor(grade, i)}
              />
            ))}
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <table className="jf-table">
        <thead>
          <tr>
            <th>{t('insights.rank')}</th>
            <th>{t('insights.journey')}</th>
            <th>{t('insights.status')}</th>
            <th>{t('insights.converted')}</th>
            <th>{t('insights.revenue')}</th>
            <th>{t('insights.cost')}</th>
            <th>{t('insights.roi')}</th>
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
              <td>{journeyStatusLabel(t, row.journey.status)}</td>
              <td>
                {row.report
                  ? t('insights.convertedValue', {
                      n: row.report.converted.toLocaleString('ko-KR'),
                      rate: percentLabel(t, row.report.conversionRate),
                    })
                  : '…'}
              </td>
              <td>{row.report ? won(row.report.revenue) : '…'}</td>
              <td>{row.report ? won(row.report.cost) : '…'}</td>
              <td>
                {!row.report
                  ? '…'
                  : row.report.roi === null
                    ? t('insights.noCost')
                    : percentLabel(t, row.report.roi, 0)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
