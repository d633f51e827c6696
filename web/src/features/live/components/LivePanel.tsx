import type { JourneyStats } from '@journeyflow/shared/api/stats';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { cursorPaging } from '../../../api/pageQuery';
import { queryKeys } from '../../../api/queryKeys';
import { PagingFooter } from '../../../components/PagingFooter';
import { durationText } from '../../../i18n/durationText';
import { messageStatusLabel, peopleLabel } from '../../../i18n/labels';
import { refusalSummary } from '../../../i18n/refusalText';
import { useT } from '../../../i18n/useT';
import { messageReasonText } from '../../messages/messageReasonText';
import { insightApi } from '../api/insightApi';
import { useJourneyStats } from '../hooks/useJourneyStats';
import { customerLabel, runStatusLabel } from '../utils/runText';
import { LiveCanvasOverlay } from './LiveCanvasOverlay';
import { WaitingReasonsList } from './WaitingReasonsList';
import './insight.css';

/**
 * Live view for a live or paused journey: counters on the canvas (polled), journey totals, and the
 * customers on the selected node (`selectedNodeId`, given by the page that owns the canvas), each linking
 * to their page. Renders nothing for drafts.
 */
export function LivePanel({
  journeyId,
  status,
  selectedNodeId,
  nodeName,
}: {
  readonly journeyId: string;
  readonly status: string;
  readonly selectedNodeId: string | undefined;
  /** The selected step's name as the marketer sees it on the canvas (its label, else its type). */
  readonly nodeName?: string | undefined;
}) {
  const canBeLive = status === 'live' || status === 'paused';
  const [on, setOn] = useState(true);
  const stats = useJourneyStats(journeyId, canBeLive && on);
  const t = useT();
  if (!canBeLive) return null;
  return (
    <section className="jf-live-panel" aria-label={t('live.title')} data-testid="live-panel">
      <div className="jf-row" style={{ justifyContent: 'space-between' }}>
        <h2 className="jf-panel-title">{t('live.title')}</h2>
        <label className="jf-checkbox">
          <input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} />{' '}
          {t('live.counters')}
        </label>
      </div>
      {on && stats.data && <LiveCanvasOverlay stats={stats.data} />}
      {stats.data && <Totals stats={stats.data} />}
      <Link className="jf-link-button" to={`/journeys/${encodeURIComponent(journeyId)}/dashboard`}>
        {t('live.openDashboard')}
      </Link>
      {stats.data && (
        <SelectedNode
          journeyId={journeyId}
          nodeId={selectedNodeId}
          nodeName={nodeName ?? selectedNodeId}
          stats={stats.data}
        />
      )}
    </section>
  );
}

function Totals({ stats }: { readonly stats: JourneyStats }) {
  const t = useT();
  const rate = stats.entered > 0 ? (stats.converted / stats.entered) * 100 : 0;
  return (
    <div className="jf-kpis" data-testid="live-totals">
      <div className="jf-kpi">
        <div className="jf-kpi-label">{t('live.entered')}</div>
        <div className="jf-kpi-value" data-testid="live-entered">
          {stats.entered.toLocaleString()}
        </div>
      </div>
      <div className="jf-kpi">
        <div className="jf-kpi-label">{t('live.inJourney')}</div>
        <div className="jf-kpi-value">{stats.active.toLocaleString()}</div>
      </div>
      <div className="jf-kpi">
        <div className="jf-kpi-label">{t('live.converted')}</div>
        <div className="jf-kpi-value">{stats.converted.toLocaleString()}</div>
        <div className="jf-kpi-hint">{rate.toFixed(1)}%</div>
      </div>
      <RefusedEntries stats={stats} />
    </div>
  );
}

/** "재진입 제한 14명, 진입 한도 3명": customers refused entry, per reason (from the stats). */
function RefusedEntries({ stats }: { readonly stats: JourneyStats }) {
  const t = useT();
  const summary = refusalSummary(t, stats.refused);
  if (!summary) return null;
  return (
    <div className="jf-kpi" data-testid="live-refused">
      <div className="jf-kpi-label">{t('refusal.summary.title')}</div>
      <div className="jf-kpi-hint">{summary}</div>
    </div>
  );
}

function SelectedNode({
  journeyId,
  nodeId,
  nodeName,
  stats,
}: {
  readonly journeyId: string;
  readonly nodeId: string | undefined;
  readonly nodeName: string | undefined;
  readonly stats: JourneyStats;
}) {
  const t = useT();
  const runs = useInfiniteQuery({
    queryKey: queryKeys.insights.runPages(journeyId, nodeId ?? ''),
    queryFn: ({ pageParam, signal }) => insightApi.runs(journeyId, nodeId ?? '', pageParam, signal),
    ...cursorPaging,
    enabled: Boolean(nodeId),
    refetchInterval: (q) => ((q.state.data?.pages.length ?? 0) > 1 ? false : 5000),
  });
  const runItems = runs.data?.pages.flatMap((page) => page.items) ?? [];
  if (!nodeId) return <p className="jf-hint">{t('live.pickNode')}</p>;
  const s = stats.nodes[nodeId];
  return (
    <div data-testid="live-node-detail">
      <h3 className="jf-panel-title">
        {s
          ? t('live.nodeSummary', {
              node: nodeName ?? nodeId,
              entered: peopleLabel(t, s.entered),
              active: peopleLabel(t, s.active),
              done: peopleLabel(t, s.completed),
            })
          : t('live.noTraffic', { node: nodeName ?? nodeId })}
      </h3>
      {s && s.active > 0 && <WaitingReasonsList journeyId={journeyId} nodeId={nodeId} />}
      {s && s.sent + s.failed + s.skipped > 0 && (
        <>
          <p className="jf-hint">
            {t('live.sendSummary', { sent: s.sent, failed: s.failed, skipped: s.skipped })}
          </p>
          {s.clicks && (
            <p className="jf-hint" data-testid="live-node-clicks">
              {t('links.clicks', { unique: s.clicks.unique, total: s.clicks.total })}
            </p>
          )}
          {s.skipped + s.failed > 0 && <NotSentReasons journeyId={journeyId} nodeId={nodeId} />}
        </>
      )}
      {s?.timeInNode && (
        <p className="jf-hint" data-testid="live-node-time">
          {t('live.timeInNode', {
            p50: durationText(t, s.timeInNode.p50),
            p90: durationText(t, s.timeInNode.p90),
            p99: durationText(t, s.timeInNode.p99),
          })}
        </p>
      )}
      <ul className="jf-run-list">
        {runItems.map((run) => (
          <li key={run.id}>
            <Link to={`/customers/${encodeURIComponent(run.externalId)}`} data-testid="live-run-customer">
              {customerLabel(run)}
            </Link>
            <span>{runStatusLabel(t, run.status)}</span>
          </li>
        ))}
        {runs.data && runItems.length === 0 && <li>{t('live.nobodyHere')}</li>}
      </ul>
      {runItems.length > 0 && <PagingFooter query={runs} shown={runItems.length} label={t('runs.more')} />}
    </div>
  );
}

/** Why messages of this node were skipped or failed, grouped by the reason code (`consent_missing: …`). */
function NotSentReasons({ journeyId, nodeId }: { readonly journeyId: string; readonly nodeId: string }) {
  const skipped = useQuery({
    queryKey: queryKeys.messages.byStatus(journeyId, 'skipped'),
    queryFn: ({ signal }) => insightApi.messages(journeyId, 'skipped', signal),
    refetchInterval: 10_000,
  });
  const failed = useQuery({
    queryKey: queryKeys.messages.byStatus(journeyId, 'failed'),
    queryFn: ({ signal }) => insightApi.messages(journeyId, 'failed', signal),
    refetchInterval: 10_000,
  });
  const t = useT();
  const reasons = new Map<string, number>();
  for (const m of [...(skipped.data?.items ?? []), ...(failed.data?.items ?? [])]) {
    if (m.nodeId !== nodeId) continue;
    // "건너뜀: 마케팅 수신 동의 없음" — the status and the reason's code, in words.
    const code = `${messageStatusLabel(t, m.status)}: ${messageReasonText(t, (m.reason ?? '').split(':')[0]) || '—'}`;
    reasons.set(code, (reasons.get(code) ?? 0) + 1);
  }
  if (reasons.size === 0) return null;
  return (
    <ul className="jf-run-list" data-testid="live-not-sent-reasons">
      {[...reasons]
        .sort((a, b) => b[1] - a[1])
        .map(([reason, n]) => (
          <li key={reason}>
            <span>{reason}</span>
            <span>{n}</span>
          </li>
        ))}
    </ul>
  );
}
