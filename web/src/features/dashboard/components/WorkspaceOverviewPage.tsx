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
import { journeyStatusLabel, peopleLabel, percentLabel, wonLabel } from '../../../i18n/labels';
import { useT } from '../../../i18n/useT';
import { insightApi } from '../../live/api/insightApi';
import '../../live/components/insight.css';
import { peopleTick, wonTick } from '../utils/chartFormat';
import { gradeColors } from '../utils/gradeColors';
import { rankJourneys, workspaceTotals } from '../utils/rankJourneys';

/** Twelve weeks: long enough to see acquisition, upgrades, downgrades and customers going dormant. */
const gradeDays = 84;

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
  const rows = rankJourneys(running.map((j, i) => ({ journey: j, report: reports[i]?.data })));
  const loaded = rows.flatMap((r) => (r.report ? [r.report] : []));
  const totals = workspaceTotals(loaded);
  const grades = useQuery({
    queryKey: queryKeys.insights.grades(gradeDays),
    queryFn: ({ signal }) => insightApi.gradeDistribution(gradeDays, signal),
  });
  const gradeRows = (grades.data?.days ?? []).map((d) => ({ day: d.day.slice(5), ...d.counts }));
  const colors = gradeColors(grades.data?.grades ?? []);
  const chartEmpty = loaded.length === 0 || loaded.every((r) => r.revenue === 0 && r.cost === 0);
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
        {chartEmpty ? (
          <p className="jf-chart-empty" data-testid="revenue-cost-empty">
            {t('insights.chartEmpty')}
          </p>
        ) : (
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={chart} data-testid="revenue-cost-chart">
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" fontSize={11} />
              <YAxis fontSize={11} width={80} tickFormatter={wonTick(t)} />
              <Tooltip formatter={(value) => won(Number(value))} />
              <Legend content={<ChartLegend />} />
              <Bar dataKey="revenue" name={t('insights.revenue')} fill="#22c55e" minPointSize={2} />
              <Bar dataKey="cost" name={t('insights.cost')} fill="#f97316" minPointSize={2} />
            </BarChart>
          </ResponsiveContainer>
        )}
      </div>
      <div className="jf-chart-card" style={{ marginBottom: 16 }} data-testid="grade-distribution">
        <h2>{t('insights.grades')}</h2>
        {grades.data && grades.data.grades.length === 0 ? (
          <p className="jf-chart-empty">{t('insights.gradesEmpty')}</p>
        ) : (
          <ResponsiveContainer width="100%" height={260}>
            <AreaChart data={gradeRows}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="day" fontSize={11} />
              <YAxis fontSize={11} width={64} tickFormatter={peopleTick(t)} />
              <Tooltip formatter={(value) => peopleLabel(t, Number(value))} />
              <Legend content={<ChartLegend />} />
              {(grades.data?.grades ?? []).map((grade) => (
                <Area
                  key={grade}
                  type="monotone"
                  dataKey={grade}
                  name={grade === '(none)' ? t('insights.noGrade') : grade}
                  stackId="g"
                  stroke={colors[grade]}
                  fill={colors[grade]}
                />
              ))}
            </AreaChart>
          </ResponsiveContainer>
        )}
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
          {rows.map((row) => (
            <tr key={row.journey.id} data-testid="overview-row">
              <td title={row.rank === null ? t('insights.unrankedHint') : undefined}>
                {row.rank ?? t('insights.unranked')}
              </td>
              <td>
                <Link to={`/journeys/${encodeURIComponent(row.journey.id)}/dashboard`}>
                  {row.journey.name}
                </Link>
              </td>
              <td>{journeyStatusLabel(t, row.journey.status)}</td>
              <td>
                {row.report
                  ? t('insights.convertedValue', {
                      n: peopleLabel(t, row.report.converted),
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
        {loaded.length > 0 && (
          <tfoot>
            <tr data-testid="overview-total">
              <td />
              <td colSpan={2}>{t('insights.total')}</td>
              <td>{peopleLabel(t, totals.converted)}</td>
              <td>{won(totals.revenue)}</td>
              <td>{won(totals.cost)}</td>
              <td>{totals.roi === null ? t('insights.noCost') : percentLabel(t, totals.roi, 0)}</td>
            </tr>
          </tfoot>
        )}
      </table>
      {rows.some((r) => r.report && r.rank === null) && (
        <p className="jf-hint">{t('insights.unrankedHint')}</p>
      )}
    </div>
  );
}
