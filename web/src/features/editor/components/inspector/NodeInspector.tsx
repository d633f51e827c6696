import type { DraftJourneyNode, NodeSettings } from '@journeyflow/shared/journey/graph';
import type { NodeType } from '@journeyflow/shared/journey/nodeRegistry';
import type { ValidationIssue } from '@journeyflow/shared/journey/validationIssue';
import { type ComponentType, memo, useMemo } from 'react';
import { fieldKey } from '../../../../api/fieldErrors';
import { issueText } from '../../../../i18n/issueText';
import { useLocaleStore } from '../../../../i18n/localeStore';
import { nodeTypeDescription, nodeTypeLabel } from '../../../../i18n/nodeTypeText';
import { useT } from '../../../../i18n/useT';
import { webNodePlugins } from '../../nodes/webNodePlugins';
import { useEditorStore } from '../../store/editorStore';
import { nodeFieldErrors } from '../../utils/nodeFieldErrors';
import { NodeIcon } from '../NodeIcon';
import { TextField } from './fields';
import type { NodeFormProps } from './forms/formProps';

/** The inspector of one node: its name, its settings form with field errors, and its graph-level issues. */
export const NodeInspector = memo(function NodeInspector({
  node,
  issues,
}: {
  readonly node: DraftJourneyNode;
  readonly issues: readonly ValidationIssue[];
}) {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const readOnly = useEditorStore((state) => state.readOnly);
  // Each field shows one message; every other issue of the node (graph issues, and a second problem on
  // a field, e.g. a template breaking several ad rules) is listed below the form, so none is hidden.
  const { errors, listed } = useMemo(() => {
    // The form's own messages first (schema errors, checks without workspace context, no node-name prefix).
    const map = nodeFieldErrors(node);
    const claimed = new Set<string>();
    const rest: ValidationIssue[] = [];
    for (const issue of issues) {
      const text = issueText(t, issue);
      const key = issue.field ? fieldKey(issue.field) : undefined;
      if (key === undefined) rest.push(issue);
      else if (!claimed.has(key)) {
        claimed.add(key);
        // A coded issue in the reader's language replaces the form's English text for the same field.
        if (!map.has(key) || text !== issue.message) map.set(key, text);
      } else if (map.get(key) !== text) rest.push(issue);
    }
    return { errors: map, listed: rest };
  }, [node, issues, t]);
  const Form = webNodePlugins[node.type].Form as ComponentType<NodeFormProps<NodeType>>;
  const graphIssues = listed;
  return (
    <div className="jf-inspector-body" data-testid="node-inspector" data-node-id={node.id}>
      <header className="jf-inspector-head">
        <span className={`jf-node-icon cat-${node.type.split('.')[0]}`}>
          <NodeIcon type={node.type} size={18} />
        </span>
        <div>
          <h2 className="jf-panel-title">{nodeTypeLabel(node.type, locale)}</h2>
          <p className="jf-hint">{nodeTypeDescription(node.type, locale)}</p>
        </div>
      </header>
      <fieldset disabled={readOnly} className="jf-inspector-form">
        <TextField
          label={t('editor.nodeLabel')}
          value={node.label}
          placeholder={nodeTypeLabel(node.type, locale)}
          onChange={(label) => useEditorStore.getState().updateNodeLabel(node.id, label)}
        />
        <Form
          settings={node.settings as NodeSettings<NodeType>}
          errors={errors}
          onChange={(settings) => useEditorStore.getState().updateNodeSettings(node.id, settings)}
        />
      </fieldset>
      {graphIssues.length > 0 && (
        <ul className="jf-issue-list">
          {graphIssues.map((issue) => (
            <li
              key={`${issue.code}-${issue.edgeId ?? ''}-${issue.message}`}
              className={`jf-issue is-${issue.severity}`}
            >
              {issueText(t, issue)}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <button
          type="button"
          className="jf-button jf-button-danger"
          onClick={() => {
            const store = useEditorStore.getState();
            store.select([node.id]);
            store.deleteSelection();
          }}
        >
          {t('editor.delete')}
        </button>
      )}
    </div>
  );
});
