import type { ValidationIssue } from '@journeyflow/shared/journey/validationIssue';
import { useReactFlow } from '@xyflow/react';
import { memo } from 'react';
import { issueText } from '../../../i18n/issueText';
import { useLocaleStore } from '../../../i18n/localeStore';
import { nodeTypeLabel } from '../../../i18n/nodeTypeText';
import { useT } from '../../../i18n/useT';
import { useEditorStore } from '../store/editorStore';

/** Validation issues of the whole journey; clicking one selects and centres its node. */
export const IssuesPanel = memo(function IssuesPanel({
  issues,
  errorCount,
  warningCount,
}: {
  readonly issues: readonly ValidationIssue[];
  readonly errorCount: number;
  readonly warningCount: number;
}) {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const nodes = useEditorStore((state) => state.graph.nodes);
  const { fitView } = useReactFlow();
  /** The issue in the reader's language; a translated node issue names its node, as the English one does. */
  const describe = (issue: ValidationIssue): string => {
    const text = issueText(t, issue);
    if (text === issue.message || !issue.nodeId) return text;
    const node = nodes.find((candidate) => candidate.id === issue.nodeId);
    const name = node ? node.label || nodeTypeLabel(node.type, locale) : issue.nodeId;
    return t('issue.onStep', { step: name, text });
  };
  const focus = (issue: ValidationIssue) => {
    const store = useEditorStore.getState();
    if (issue.nodeId) {
      store.select([issue.nodeId]);
      void fitView({ nodes: [{ id: issue.nodeId }], duration: 300, maxZoom: 1.2, padding: 0.6 });
    } else if (issue.edgeId) {
      store.select([], [issue.edgeId]);
    } else {
      store.select([]);
    }
  };
  return (
    <section className="jf-issues" aria-label={t('editor.issues')} data-testid="issues-panel">
      <h2 className="jf-panel-title">
        {t('editor.issues')}{' '}
        <span className={`jf-count ${errorCount > 0 ? 'is-error' : ''}`}>
          {errorCount} {t('editor.errors')}
        </span>{' '}
        <span className="jf-count is-warning">
          {warningCount} {t('editor.warnings')}
        </span>
      </h2>
      {issues.length === 0 ? (
        <p className="jf-hint">{t('editor.noIssues')}</p>
      ) : (
        <ul className="jf-issue-list">
          {issues.map((issue) => (
            <li
              key={`${issue.code}|${issue.nodeId ?? ''}|${issue.edgeId ?? ''}|${issue.field ?? ''}|${issue.message}`}
            >
              <button type="button" className={`jf-issue is-${issue.severity}`} onClick={() => focus(issue)}>
                <span className="jf-issue-dot" aria-hidden="true" />
                {describe(issue)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
