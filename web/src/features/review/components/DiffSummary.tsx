import type { DraftJourneyGraph } from '@journeyflow/shared/journey/graph';
import type { JourneyDiff, ValueChange } from '@journeyflow/shared/journey/journeyDiffSchema';
import { isNodeType } from '@journeyflow/shared/journey/nodeRegistry';
import { useLocaleStore } from '../../../i18n/localeStore';
import { nodeTypeLabel } from '../../../i18n/nodeTypeText';
import { useT } from '../../../i18n/useT';
import { ChangeInWordsList as ChangeList } from './ChangeInWordsList';

const markTone = { added: 'jf-tone-success', removed: 'jf-tone-danger', changed: 'jf-tone-warning' } as const;

/** The diff as a list: nodes added, removed and changed (click to focus one), then journey settings. */
export function DiffSummary({
  diff,
  graph,
  onFocus,
}: {
  readonly diff: JourneyDiff;
  readonly graph: DraftJourneyGraph;
  readonly onFocus: (nodeId: string) => void;
}) {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const name = (id: string) => {
    const node = graph.nodes.find((candidate) => candidate.id === id);
    if (!node) return id;
    return node.label ?? (isNodeType(node.type) ? nodeTypeLabel(node.type, locale) : node.type);
  };
  const rows = [
    ...diff.nodes.added.map((node) => ({
      id: node.id,
      mark: 'added' as const,
      changes: [] as ValueChange[],
    })),
    ...diff.nodes.removed.map((node) => ({
      id: node.id,
      mark: 'removed' as const,
      changes: [] as ValueChange[],
    })),
    ...diff.nodes.changed.map((change) => ({
      id: change.nodeId,
      mark: 'changed' as const,
      changes: change.changes,
    })),
  ];
  return (
    <div data-testid="diff-summary">
      {rows.length === 0 && diff.edges.added.length === 0 && diff.edges.removed.length === 0 ? (
        <p className="jf-hint">{t('rw.noChanges')}</p>
      ) : (
        <ul className="jf-diff-list">
          {rows.map((row) => (
            <li key={`${row.mark}-${row.id}`} className={`diff-${row.mark}`}>
              <button type="button" className="jf-link-button" onClick={() => onFocus(row.id)}>
                <span className={`jf-diff-tag ${markTone[row.mark]}`}>{t(`review.${row.mark}`)}</span>{' '}
                {name(row.id)}
              </button>
              {row.changes.length > 0 && <ChangeList changes={row.changes} />}
            </li>
          ))}
          {diff.edges.added.length + diff.edges.removed.length > 0 && (
            <li className="jf-hint">
              {t('rw.edges', { added: diff.edges.added.length, removed: diff.edges.removed.length })}
            </li>
          )}
        </ul>
      )}
      <h3 className="jf-subtitle">{t('review.settingsChanges')}</h3>
      {diff.settings.length === 0 ? (
        <p className="jf-hint">{t('review.noSettingsChanges')}</p>
      ) : (
        <ChangeList changes={diff.settings} />
      )}
      <h3 className="jf-subtitle">{t('review.templateChanges')}</h3>
      {(diff.templates ?? []).length === 0 ? (
        <p className="jf-hint">{t('review.noTemplateChanges')}</p>
      ) : (
        <div data-testid="diff-templates">
          <ChangeList changes={diff.templates ?? []} />
        </div>
      )}
    </div>
  );
}
