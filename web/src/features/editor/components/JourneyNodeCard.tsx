import type { NodeCategory } from '@journeyflow/shared/journey/nodeDefinition';
import { Handle, type NodeProps, Position, useStore } from '@xyflow/react';
import { memo } from 'react';
import { useLocaleStore } from '../../../i18n/localeStore';
import { nodeTypeLabel } from '../../../i18n/nodeTypeText';
import { translatorFor } from '../../../i18n/useT';
import type { WebNodePlugins } from '../nodes/webNodePlugin';
import { webNodePlugins } from '../nodes/webNodePlugins';
import type { JourneyFlowNode } from '../utils/graphToFlow';
import { handleLabel } from '../utils/handleLabel';
import { nodeSummary } from '../utils/nodeSummary';
import { NodeIcon } from './NodeIcon';

type Props = NodeProps<JourneyFlowNode> & { readonly category: NodeCategory };

/**
 * Below this zoom a card's 11–14 px text is under 5 px on screen: the card is drawn as its frame, title
 * and handles only (no icon, type line, summary or handle labels), which keeps zooming out over hundreds of
 * cards cheap. Journeys open at a readable zoom (≥ 0.6), so this is only ever the zoomed-out overview.
 */
export const FAR_ZOOM = 0.35;
const farZoomSelector = (state: { transform: [number, number, number] }) => state.transform[2] < FAR_ZOOM;

/** The card drawn for every journey node; the category only changes its colour and whether it has an input. */
function JourneyNodeCardView({ id, data, selected, category }: Props) {
  // One locale store read per card instead of an i18next subscription each (a canvas draws hundreds).
  const locale = useLocaleStore((state) => state.locale);
  // A boolean: the card re-renders when the zoom crosses the threshold, not on every pan or zoom frame.
  const far = useStore(farZoomSelector);
  const t = translatorFor(locale);
  const typeLabel = nodeTypeLabel(data.nodeType, locale);
  const outputs = data.handles;
  const className = [
    'jf-node',
    `jf-node-${category}`,
    selected ? 'is-selected' : '',
    data.errorCount > 0 ? 'has-error' : data.warningCount > 0 ? 'has-warning' : '',
    data.diff ? `diff-${data.diff}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (far)
    return (
      <div className={`${className} is-far`} data-node-type={data.nodeType} data-testid={`node-${id}`}>
        {category !== 'entry' && <Handle type="target" position={Position.Top} className="jf-handle-in" />}
        <div className="jf-node-title">{data.label ?? typeLabel}</div>
        <NodeOutputs outputs={outputs} />
      </div>
    );
  const summary = nodeSummary(data.nodeType, data.settings, locale);
  const SummaryView = (webNodePlugins as WebNodePlugins)[data.nodeType].SummaryView;
  return (
    <div className={className} data-node-type={data.nodeType} data-testid={`node-${id}`}>
      {category !== 'entry' && <Handle type="target" position={Position.Top} className="jf-handle-in" />}
      <div className="jf-node-head">
        <span className="jf-node-icon">
          <NodeIcon type={data.nodeType} />
        </span>
        <span className="jf-node-type">{typeLabel}</span>
        {data.errorCount + data.warningCount > 0 && (
          <span
            className={`jf-node-badge ${data.errorCount > 0 ? 'is-error' : 'is-warning'}`}
            title={t('canvas.issueBadge', { errors: data.errorCount, warnings: data.warningCount })}
            data-testid="node-issue-badge"
          >
            {data.errorCount + data.warningCount}
          </span>
        )}
        {data.comments ? <span className="jf-node-comments">💬 {data.comments}</span> : null}
      </div>
      <div className="jf-node-title">{data.label ?? typeLabel}</div>
      {SummaryView ? (
        <SummaryView settings={data.settings as Record<string, unknown>} fallback={summary} />
      ) : (
        summary && <div className="jf-node-summary">{summary}</div>
      )}
      <NodeOutputs outputs={outputs} t={t} />
    </div>
  );
}

type Outputs = JourneyFlowNode['data']['handles'];

/**
 * The card's output handles, spread along its bottom edge; labelled (when there is more than a plain
 * "next") only when given a translator — the far card draws them bare.
 */
function NodeOutputs({ outputs, t }: { outputs: Outputs; t?: ReturnType<typeof translatorFor> }) {
  if (outputs.length === 0) return null;
  return (
    <div className="jf-node-outputs">
      {outputs.map((handle, index) => (
        <div key={handle.id} className="jf-node-output" style={{ left: outputLeft(index, outputs.length) }}>
          {t && (outputs.length > 1 || handle.id !== 'next') && (
            <span className={`jf-handle-label handle-${handle.id}`}>{handleLabel(t, handle)}</span>
          )}
          <Handle
            type="source"
            id={handle.id}
            position={Position.Bottom}
            className={`jf-handle-out handle-${handle.id}`}
            data-handle-label={handle.label}
          />
        </div>
      ))}
    </div>
  );
}

/** Outputs spread evenly along the bottom edge (the positions `cardHandles` gives React Flow up front). */
const outputLeft = (index: number, count: number) => `${((index + 1) / (count + 1)) * 100}%`;

const JourneyNodeCard = memo(JourneyNodeCardView);

export const EntryNode = memo((props: NodeProps<JourneyFlowNode>) => (
  <JourneyNodeCard {...props} category="entry" />
));
export const WaitNode = memo((props: NodeProps<JourneyFlowNode>) => (
  <JourneyNodeCard {...props} category="wait" />
));
export const LogicNode = memo((props: NodeProps<JourneyFlowNode>) => (
  <JourneyNodeCard {...props} category="logic" />
));
export const MessageNode = memo((props: NodeProps<JourneyFlowNode>) => (
  <JourneyNodeCard {...props} category="message" />
));
export const DataNode = memo((props: NodeProps<JourneyFlowNode>) => (
  <JourneyNodeCard {...props} category="data" />
));
export const ExitNode = memo((props: NodeProps<JourneyFlowNode>) => (
  <JourneyNodeCard {...props} category="exit" />
));
