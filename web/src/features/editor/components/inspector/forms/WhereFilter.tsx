import type { Condition } from '@journeyflow/shared/journey/condition';
import type { FieldErrors } from '../../../../../api/fieldErrors';
import { useT } from '../../../../../i18n/useT';
import { ConditionBuilder } from '../../../../conditions/ConditionBuilder';

/** The optional `where` filter of event-based nodes: absent until the user adds one. */
export function WhereFilter({
  value,
  onChange,
  errors,
}: {
  readonly value: Condition | undefined;
  readonly onChange: (value: Condition | undefined) => void;
  readonly errors: FieldErrors;
}) {
  const t = useT();
  return (
    <div className="jf-field">
      <div className="jf-label">
        {t('inspector.where')} <span className="jf-hint">({t('common.optional')})</span>
      </div>
      {value ? (
        <ConditionBuilder
          value={value}
          path="where"
          errors={errors}
          onChange={onChange}
          onRemove={() => onChange(undefined)}
        />
      ) : (
        <button
          type="button"
          className="jf-link-button"
          onClick={() => onChange({ trigger: 'properties.', op: 'eq', value: '' })}
        >
          + {t('inspector.addFilter')}
        </button>
      )}
    </div>
  );
}
