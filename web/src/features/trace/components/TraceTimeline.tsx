import type { TraceEntry } from '@journeyflow/shared/api/trace';
import { refusalText } from '../../../i18n/refusalText';
import { useT } from '../../../i18n/useT';
import '../../live/components/insight.css';

const time = (iso: string) =>
  new Date(iso).toLocaleString(undefined, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

/**
 * One customer's path through a journey, each step with the engine's reason ("condition grade in [VIP]
 * was false: grade = Gold", "SMS skipped: frequency cap …", "AlimTalk failed, sent LMS instead").
 */
export function TraceTimeline({
  entries,
  nodeLabel,
}: {
  readonly entries: readonly TraceEntry[];
  /** The node's label as drawn on the canvas, when known. */
  readonly nodeLabel?: (nodeId: string) => string | undefined;
}) {
  const t = useT();
  if (entries.length === 0) return <p className="jf-hint">No steps recorded.</p>;
  return (
    <ol className="jf-timeline" data-testid="trace-timeline">
      {entries.map((entry) => (
        <li
          key={`${entry.runId ?? ''}:${entry.at}:${entry.nodeId}:${entry.handle ?? ''}:${entry.reason}`}
          data-testid={entry.code ? 'trace-refusal' : 'trace-step'}
          data-node-id={entry.nodeId}
          data-code={entry.code}
        >
          <div className="jf-timeline-time">
            {time(entry.at)} · v{entry.version} · {entry.nodeType}
          </div>
          <div>
            <span className="jf-timeline-node">{nodeLabel?.(entry.nodeId) ?? entry.nodeId}</span>
            {entry.handle && <span className="jf-timeline-handle">→ {entry.handle}</span>}
            {entry.code && <span className="jf-timeline-handle">✕ {t('refusal.title')}</span>}
          </div>
          {entry.code ? (
            <div>
              {refusalText(t, entry.code, entry.params)}
              {entry.attempts && entry.attempts > 1
                ? ` · ${t('refusal.attempts', { n: entry.attempts })}`
                : ''}
            </div>
          ) : (
            <div>{entry.reason}</div>
          )}
        </li>
      ))}
    </ol>
  );
}
