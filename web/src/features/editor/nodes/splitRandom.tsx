import { useT } from '../../../i18n/useT';
import type { NodeFormProps } from '../components/inspector/forms/formProps';
import { nextBranchId } from '../components/inspector/forms/nextBranchId';
import { BranchLabelInput, branchCountSummary, branchEdits, RemoveBranchButton } from './splitBranches';
import type { WebNodePlugin } from './webNodePlugin';

/** Branch editor for A/B splits; shows the running total and refuses nothing, validation reports a bad sum. */
export function SplitRandomForm({ settings, onChange, errors }: NodeFormProps<'split.random'>) {
  const t = useT();
  const branches = settings.branches;
  const sum = branches.reduce(
    (total, branch) => total + (Number.isFinite(branch.percent) ? branch.percent : 0),
    0,
  );
  const sumOk = Math.abs(sum - 100) < 1e-6;
  const edit = branchEdits(branches, (next) => onChange({ ...settings, branches: next }));
  return (
    <fieldset className="jf-field">
      <legend className="jf-label">{t('inspector.branches')}</legend>
      <table className="jf-branch-table">
        <tbody>
          {branches.map((branch, index) => (
            <tr key={branch.id}>
              <td>
                <BranchLabelInput
                  index={index}
                  value={branch.label}
                  onChange={(label) => edit.update(index, { label })}
                />
              </td>
              <td className="jf-branch-percent">
                <input
                  type="number"
                  className="jf-input"
                  aria-label={`${t('inspector.percent')} ${index + 1}`}
                  min={0}
                  max={100}
                  value={branch.percent}
                  aria-invalid={errors.get(`branches.${index}.percent`) || !sumOk ? true : undefined}
                  onChange={(event) => edit.update(index, { percent: Number(event.target.value) })}
                />
                %
              </td>
              <td>
                <RemoveBranchButton disabled={branches.length <= 2} onClick={() => edit.remove(index)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className={`jf-sum${sumOk ? '' : ' is-bad'}`} data-testid="split-sum">
        Σ {Number(sum.toFixed(4))}%
      </div>
      {!sumOk && (
        <div className="jf-field-error" role="alert">
          {t('inspector.sumMustBe100', { sum: Number(sum.toFixed(4)) })}
        </div>
      )}
      <button
        type="button"
        className="jf-link-button"
        onClick={() => {
          const id = nextBranchId(branches, 'b');
          edit.add({ id, label: id.toUpperCase(), percent: 0 });
        }}
      >
        + {t('inspector.addBranch')}
      </button>
    </fieldset>
  );
}

export const splitRandomWebPlugin: WebNodePlugin<'split.random'> = {
  Form: SplitRandomForm,
  icon: 'M16 3h5v5M4 20 21 3M21 16v5h-5M15 15l6 6M4 4l5 5',
  summary: branchCountSummary,
};
