import type { ValidationIssue } from '@journeyflow/shared/journey/validationIssue';
import { useMemo } from 'react';
import { useT } from '../../../i18n/useT';
import { useEditorStore } from '../store/editorStore';
import { NodeInspector } from './inspector/NodeInspector';
import { JourneySettingsPanel } from './JourneySettingsPanel';

const noIssues: readonly ValidationIssue[] = [];

/** Shows the selected node's form, or the journey settings when nothing (or several nodes) is selected. */
export function InspectorPanel({ issues }: { readonly issues: readonly ValidationIssue[] }) {
  const t = useT();
  const selectedId = useEditorStore((state) =>
    state.selectedNodeIds.length === 1 ? state.selectedNodeIds[0] : undefined,
  );
  const node = useEditorStore((state) =>
    selectedId ? state.graph.nodes.find((candidate) => candidate.id === selectedId) : undefined,
  );
  const nodeIssues = useMemo(
    () => (node ? issues.filter((issue) => issue.nodeId === node.id) : noIssues),
    [issues, node],
  );
  return (
    <aside className="jf-inspector" aria-label={t('canvas.inspector')}>
      {node ? (
        <NodeInspector key={node.id} node={node} issues={nodeIssues} />
      ) : (
        <JourneySettingsPanel issues={issues} />
      )}
    </aside>
  );
}
