import type { JourneyStats } from '@journeyflow/shared/api/stats';
import { useEdges, useNodes, useViewport } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { durationText } from '../../../i18n/durationText';
import { useT } from '../../../i18n/useT';
import { attributeValue } from '../attributeValue';
import { edgeTraffic, strokeWidthFor } from '../edgeTraffic';
import './insight.css';

const formatCount = (n: number) => (n >= 10_000 ? `${Math.round(n / 1000)}k` : n.toLocaleString());

/**
 * Per-node counters drawn over the editor's canvas (a portal into React Flow's pane, following the
 * viewport), and edge widths by traffic (one generated stylesheet). It reads the canvas, never changes it.
 */
/** Unique clicks per message sent, as a whole percentage. */
const clickRate = (unique: number, sent: number): string =>
  sent > 0 ? `${Math.round((unique / sent) * 100)}%` : '–';

export function LiveCanvasOverlay({ stats }: { readonly stats: JourneyStats }) {
  const nodes = useNodes();
  const edges = useEdges();
  const { x, y, zoom } = useViewport();
  const t = useT();
  const [pane, setPane] = useState<HTMLElement | null>(null);
  useEffect(() => {
    setPane(document.querySelector<HTMLElement>('.jf-canvas .react-flow'));
  }, []);

  const traffic = edgeTraffic(edges, stats);
  const max = Math.max(0, ...traffic.values());
  const css = [...traffic]
    .map(([id, count]) => {
      const selector = `.react-flow__edge[data-id=${attributeValue(id)}] path.react-flow__edge-path, [data-testid=${attributeValue(`rf__edge-${id}`)}] path.react-flow__edge-path`;
      // Arrowheads scale with the stroke, so thick edges drop them: the flow reads top-down anyway.
      return `${selector} { stroke-width: ${strokeWidthFor(count, max).toFixed(1)}px; stroke: #6366f1; marker-end: none; }`;
    })
    .join('\n');

  if (!pane) return null;
  return createPortal(
    <div className="jf-live-layer" data-testid="live-overlay">
      <style>{css}</style>
      {nodes.map((node) => {
        const s = stats.nodes[node.id];
        if (!s) return null;
        const left = node.position.x * zoom + x;
        const top = node.position.y * zoom + y - 30;
        const isSend = s.sent + s.failed + s.skipped > 0;
        // Pass-through nodes (entry, exit, most sends) take no time; show it where customers linger.
        const dwell = s.timeInNode && s.timeInNode.p50 >= 1 ? s.timeInNode : null;
        return (
          <div
            key={node.id}
            className="jf-live-badge"
            style={{ left, top }}
            data-testid={`live-stats-${node.id}`}
            data-entered={s.entered}
            title={`${t('live.title.base', { entered: s.entered, active: s.active, completed: s.completed })}${isSend ? t('live.title.sends', { sent: s.sent, failed: s.failed, skipped: s.skipped }) : ''}${dwell ? t('live.title.dwell', { p50: durationText(t, dwell.p50), p90: durationText(t, dwell.p90), p99: durationText(t, dwell.p99) }) : ''}`}
          >
            <span className="jf-live-entered">{t('live.badge.in', { n: formatCount(s.entered) })}</span>
            {s.active > 0 && (
              <span className="jf-live-active">{t('live.badge.waiting', { n: formatCount(s.active) })}</span>
            )}
            {isSend && (
              <span className="jf-live-sent">{t('live.badge.sent', { n: formatCount(s.sent) })}</span>
            )}
            {s.skipped > 0 && (
              <span className="jf-live-skipped">
                {t('live.badge.skipped', { n: formatCount(s.skipped) })}
              </span>
            )}
            {s.failed > 0 && (
              <span className="jf-live-failed">{t('live.badge.failed', { n: formatCount(s.failed) })}</span>
            )}
            {s.clicks && s.clicks.total > 0 && (
              <span
                className="jf-live-sent"
                data-testid={`live-clicks-${node.id}`}
                title={t('links.clicks', { unique: s.clicks.unique, total: s.clicks.total })}
              >
                {t('live.badge.clicks', {
                  rate: clickRate(s.clicks.unique, s.sent),
                  n: formatCount(s.clicks.unique),
                })}
              </span>
            )}
            {dwell && (
              <span className="jf-live-dwell" data-testid={`live-dwell-${node.id}`}>
                {t('live.badge.dwell', { d: durationText(t, dwell.p50) })}
              </span>
            )}
          </div>
        );
      })}
    </div>,
    pane,
  );
}
