import { useT } from '../../../../../i18n/useT';
import { ConditionBuilder } from '../../../../conditions/ConditionBuilder';
import type { NodeFormProps } from './formProps';

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
