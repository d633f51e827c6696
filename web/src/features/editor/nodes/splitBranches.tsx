import type { Locale } from '../../../i18n/localeStore';
import { useT } from '../../../i18n/useT';
import { summaryT } from './webNodePlugin';

type Branch = { readonly id: string; readonly label: string };

/** Edits of a split node's branch list: each returns the new list for the node's settings. */
export function branchEdits<B extends Branch>(branches: readonly B[], onBranches: (branches: B[]) => void) {
  return {
    update: (index: number, patch: Partial<B>) =>
      onBranches(branches.map((branch, i) => (i === index ? { ...branch, ...patch } : branch))),
    remove: (index: number) => onBranches(branches.filter((_, i) => i !== index)),
    add: (branch: B) => onBranches([...branches, branch]),
  };
}

/** The label input of branch `index` (named "Branch label N" for screen readers). */
export function BranchLabelInput({
  index,
  value,
  onChange,
}: {
  readonly index: number;
  readonly value: string;
  readonly onChange: (label: string) => void;
}) {
  const t = useT();
  return (
    <input
      className="jf-input"
      aria-label={`${t('inspector.branchLabel')} ${index + 1}`}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

/** The × that removes a branch; disabled while the node has only its minimum number of branches. */
export function RemoveBranchButton({
  disabled,
  onClick,
}: {
  readonly disabled: boolean;
  readonly onClick: () => void;
}) {
  const t = useT();
  return (
    <button
      type="button"
      className="jf-icon-button"
      aria-label={t('common.remove')}
      disabled={disabled}
      onClick={onClick}
    >
      ×
    </button>
  );
}

/** The canvas summary of a split node: how many branches it has. */
export const branchCountSummary = (s: { readonly branches?: unknown }, locale: Locale): string =>
  Array.isArray(s.branches) ? summaryT(locale)('summary.branches', { n: s.branches.length }) : '';
