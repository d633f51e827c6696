import type { TraceEntry } from '@journeyflow/shared/api/trace';
import { isNodeType } from '@journeyflow/shared/journey/nodeRegistry';
import { zonedTime } from '../../../components/zonedTime';
import { en, type MessageKey } from '../../../i18n/dictionary';
import { useLocaleStore } from '../../../i18n/localeStore';
import { nodeTypeLabel } from '../../../i18n/nodeTypeText';
import { useT } from '../../../i18n/useT';
import { isRefusal, traceText } from '../traceText';
import '../../live/components/insight.css';

/**
 * One customer's path through a journey, each step named as on the canvas with the engine's reason in
 * the reader's language ("'구매' 이벤트 없음 → 시간 초과", "문자(SMS) 건너뜀: 마케팅 수신 동의 없음"), times on
 * the journey's clock.
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
  const language = useLocaleStore((state) => state.locale);
  if (entries.length === 0) return <p className="jf-hint">{t('trace.empty')}</p>;
  return (
    <ol className="jf-timeline" data-testid="trace-timeline">
      {entries.map((entry) => (
        <li
          key={`${entry.runId ?? ''}:${entry.at}:${entry.nodeId}:${entry.handle ?? ''}:${entry.reason}`}
          data-testid={isRefusal(entry) ? 'trace-refusal' : 'trace-step'}
          data-node-id={entry.nodeId}
          data-code={entry.code}
        >
          <div className="jf-timeline-time">
            {zonedTime(entry.at, language, entry.timezone)} · v{entry.version} ·{' '}
            {isNodeType(entry.nodeType) ? nodeTypeLabel(entry.nodeType, language) : entry.nodeType}
          </div>
          <div>
            <span className="jf-timeline-node">
              {nodeLabel?.(entry.nodeId) || entry.nodeLabel || stepFallbackName(entry, language)}
            </span>
            {entry.handle && <span className="jf-timeline-handle">→ {handleText(t, entry.handle)}</span>}
            {isRefusal(entry) && <span className="jf-timeline-handle">✕ {t('refusal.title')}</span>}
          </div>
          <div>
            {traceText(t, entry, language)}
            {isRefusal(entry) && entry.attempts && entry.attempts > 1
              ? ` · ${t('refusal.attempts', { n: entry.attempts })}`
              : ''}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** A fixed handle in words (다음, 시간 초과); a split's branch id as given. */
function handleText(t: ReturnType<typeof useT>, handle: string): string {
  const key = `handle.${handle}`;
  return key in en ? t(key as MessageKey) : handle;
}

/** A step without a name is called by its type ("이벤트 대기"), never by its node id. */
function stepFallbackName(entry: TraceEntry, language: 'ko' | 'en'): string {
  return isNodeType(entry.nodeType) ? nodeTypeLabel(entry.nodeType, language) : entry.nodeId;
}
