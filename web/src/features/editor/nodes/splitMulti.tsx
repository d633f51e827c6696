import { useT } from '../../../i18n/useT';
import { ConditionBuilder } from '../../conditions/ConditionBuilder';
import type { NodeFormProps } from '../components/inspector/forms/formProps';
import { nextBranchId } from '../components/inspector/forms/nextBranchId';
import { BranchLabelInput, branchCountSummary, branchEdits, RemoveBranchButton } from './splitBranches';
import type { WebNodePlugin } from './webNodePlugin';

export function SplitMultiForm({ settings, onChange, errors }: NodeFormProps<'split.multi'>) {
  const t = useT();
  const branches = settings.branches;
  const edit = branchEdits(branches, (next) => onChange({ ...settings, branches: next }));
  return (
    <fieldset className="jf-field">
      <legend className="jf-label">{t('inspector.branches')}</legend>
      {branches.map((branch, index) => (
        <div key={branch.id} className="jf-branch-card">
          <div className="jf-row">
            <BranchLabelInput
              index={index}
              value={branch.label}
              onChange={(label) => edit.update(index, { label })}
            />
            <RemoveBranchButton disabled={branches.length <= 1} onClick={() => edit.remove(index)} />
          </div>
          <ConditionBuilder
            value={branch.condition}
            path={`branches.${index}.condition`}
            errors={errors}
            onChange={(condition) => edit.update(index, { condition })}
          />
        </div>
      ))}
      <p className="jf-hint">else → {t('common.none')}</p>
      <button
        type="button"
        className="jf-link-button"
        onClick={() =>
          edit.add({
            id: nextBranchId(branches, 'branch_'),
            label: `Branch ${branches.length + 1}`,
            condition: { attribute: '', op: 'eq', value: '' },
          })
        }
      >
        + {t('inspector.addBranch')}
      </button>
    </fieldset>
  );
}

export const splitMultiWebPlugin: WebNodePlugin<'split.multi'> = {
  Form: SplitMultiForm,
  icon: 'M16 3h5v5M8 3H3v5M12 22v-8.3a4 4 0 0 0-1.2-2.8L3 3M21 3l-7.8 7.8',
  summary: branchCountSummary,
};
