import { useT } from '../../../i18n/useT';
import { ConditionBuilder } from '../../conditions/ConditionBuilder';
import type { NodeFormProps } from '../components/inspector/forms/formProps';
import { summaryT, type WebNodePlugin } from './webNodePlugin';

export function ConditionForm({ settings, onChange, errors }: NodeFormProps<'condition'>) {
  const t = useT();
  return (
    <div className="jf-field">
      <div className="jf-label">{t('inspector.condition')}</div>
      <ConditionBuilder
        value={settings.condition}
        path="condition"
        errors={errors}
        onChange={(condition) => onChange({ ...settings, condition })}
      />
    </div>
  );
}

export const conditionWebPlugin: WebNodePlugin<'condition'> = {
  Form: ConditionForm,
  icon: 'M6 3v12M18 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM6 21a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM18 9a9 9 0 0 1-9 9',
  summary: (_s, locale) => summaryT(locale)('summary.yesNo'),
};
