import { useT } from '../../../i18n/useT';
import { ConditionBuilder } from '../../conditions/ConditionBuilder';
import type { NodeFormProps } from '../components/inspector/forms/formProps';
import { nextBranchId } from '../components/inspector/forms/nextBranchId';
import { summaryT, type WebNodePlugin } from './webNodePlugin';

export function SplitMultiForm({ settings, onChange, errors }: NodeFormProps<'split.multi'>) {
  const t = useT();
  const branches = settings.branches;
  const update = (index: number, patch: Partial<(typeof branches)[number]>) =>
    onChange({
      ...settings,
      branches: branches.map((branch, i) => (i === index ? { ...branch, ...patch } : branch)),
    });
  return (
    <fieldset className="jf-field">
      <legend className="jf-label">{t('inspector.branches')}</legend>
      {branches.map((branch, index) => (
        <div key={branch.id} className="jf-branch-card">
          <div className="jf-row">
            <input
              className="jf-input"
              aria-label={`${t('inspector.branchLabel')} ${index + 1}`}
              value={branch.label}
              onChange={(event) => update(index, { label: event.target.value })}
            />
            <button
              type="button"
              className="jf-icon-button"
              aria-label={t('common.remove')}
              disabled={branches.length <= 1}
              onClick={() => onChange({ ...settings, branches: branches.filter((_, i) => i !== index) })}
            >
              ×
            </button>
          </div>
          <ConditionBuilder
            value={branch.condition}
            path={`branches.${index}.condition`}
            errors={errors}
            onChange={(condition) => update(index, { condition })}
          />
        </div>
      ))}
      <p className="jf-hint">else → {t('common.none')}</p>
      <button
        type="button"
        className="jf-link-button"
        onClick={() => {
          const id = nextBranchId(branches, 'branch_');
          onChange({
            ...settings,
            branches: [
              ...branches,
              {
                id,
                label: `Branch ${branches.length + 1}`,
                condition: { attribute: '', op: 'eq', value: '' },
              },
            ],
          });
        }}
      >
        + {t('inspector.addBranch')}
      </button>
    </fieldset>
  );
}

export const splitMultiNode: WebNodePlugin<'split.multi'> = {
  Form: SplitMultiForm,
  icon: 'M16 3h5v5M8 3H3v5M12 22v-8.3a4 4 0 0 0-1.2-2.8L3 3M21 3l-7.8 7.8',
  summary: (s, locale) =>
    Array.isArray(s.branches) ? summaryT(locale)('summary.branches', { n: s.branches.length }) : '',
};
