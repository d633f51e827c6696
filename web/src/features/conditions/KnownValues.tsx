import type { ConditionOperator } from '@journeyflow/shared/journey/condition';
import { useT } from '../../i18n/useT';
import { comparedValues, replaceValue, unknownValues } from './conditionModel';

/**
 * The values an attribute is known to take (the grade tiers), as chips that pick one (or add it to an
 * "one of" list), and a warning for a typed value that is not among them — matching is exact, so
 * "gold" against a tier "Gold", or "골드" against "Gold", would silently count 0명. A value that only
 * differs by case gets a one-click fix.
 */
export function KnownValues({
  op,
  value,
  known,
  onChange,
}: {
  readonly op: ConditionOperator;
  readonly value: unknown;
  readonly known: readonly string[];
  readonly onChange: (value: unknown) => void;
}) {
  const t = useT();
  if (known.length === 0) return null;
  const chosen = comparedValues(value);
  const pick = (name: string) => {
    if (op !== 'in') return onChange(name);
    onChange(chosen.includes(name) ? chosen.filter((item) => item !== name) : [...chosen, name]);
  };
  const unknown = unknownValues(value, known);
  return (
    <div className="jf-cond-known" data-testid="cond-known-values">
      <span className="jf-hint">{t('cond.knownValues')}</span>
      {known.map((name) => (
        <button
          key={name}
          type="button"
          className="jf-chip"
          aria-pressed={chosen.includes(name)}
          onClick={() => pick(name)}
        >
          {name}
        </button>
      ))}
      {unknown.map((item) => (
        <div key={item.value} className="jf-cond-warning" role="status" data-testid="cond-unknown-value">
          {item.suggestion ? (
            <>
              {t('cond.caseMismatch', { value: item.value, known: item.suggestion })}{' '}
              <button
                type="button"
                className="jf-link-button"
                onClick={() => onChange(replaceValue(value, item.value, item.suggestion ?? item.value))}
              >
                {t('cond.useKnown', { known: item.suggestion })}
              </button>
            </>
          ) : (
            t('cond.unknownValue', { value: item.value })
          )}
        </div>
      ))}
    </div>
  );
}
