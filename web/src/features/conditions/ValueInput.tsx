import type { ConditionOperator } from '@journeyflow/shared/journey/condition';
import { useId } from 'react';
import { useT } from '../../i18n/useT';
import type { AttributeType } from './attributeCatalog';
import { parseConditionValue, valueText } from './conditionModel';
import { KnownValues } from './KnownValues';

const DAY_SECONDS = 86_400;
const amountFormat = new Intl.NumberFormat('ko-KR');

/** `1,000,000` for 1000000; text that is not an amount is shown as it is. */
export function amountText(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? amountFormat.format(value) : valueText(value);
}

/** The amount typed with or without separators (`1,000,000`, `1000000원`); '' while empty. */
export function parseAmount(text: string): number | '' {
  const digits = text.replace(/[^\d.-]/g, '');
  if (digits === '' || Number.isNaN(Number(digits))) return '';
  return Number(digits);
}

const unitOf: Partial<Record<AttributeType, 'cond.unit.won' | 'cond.unit.times' | 'cond.unit.days'>> = {
  money: 'cond.unit.won',
  count: 'cond.unit.times',
  days: 'cond.unit.days',
};

/**
 * The value of an attribute or trigger rule, in the input its type calls for: amounts in 원 with
 * separators, counts and days with their unit, dates with a calendar (a number of seconds from now,
 * stored by older journeys, stays a number of days), grades with the workspace's tier names.
 */
export function ValueInput({
  type,
  op,
  value,
  onChange,
  knownValues,
}: {
  readonly type: AttributeType | undefined;
  readonly op: ConditionOperator;
  readonly value: unknown;
  readonly onChange: (value: unknown) => void;
  readonly knownValues: readonly string[];
}) {
  const t = useT();
  const listId = useId();
  const label = t('cond.value');

  if (op === 'anniversary') {
    return (
      <>
        <input
          type="number"
          min={0}
          className="jf-input jf-input-amount"
          aria-label={label}
          value={typeof value === 'number' ? value : ''}
          onChange={(event) => onChange(parseConditionValue('anniversary', event.target.value))}
        />
        <span className="jf-cond-unit">{t('cond.unit.daysAhead')}</span>
      </>
    );
  }
  const dateLike =
    type === 'date' ||
    type === 'consent' ||
    ((op === 'before' || op === 'after') &&
      (value === '' || typeof value === 'number' || /^\d{4}-\d{2}-\d{2}/.test(String(value))));
  if (dateLike && op !== 'in' && typeof value === 'number') {
    return (
      <>
        <input
          type="number"
          className="jf-input jf-input-amount"
          aria-label={label}
          value={value / DAY_SECONDS}
          onChange={(event) => onChange(Math.round(Number(event.target.value) * DAY_SECONDS))}
        />
        <span className="jf-cond-unit">{t('cond.unit.daysFromNow')}</span>
      </>
    );
  }
  if (dateLike && op !== 'in') {
    return (
      <input
        type="date"
        className="jf-input"
        aria-label={label}
        value={typeof value === 'string' ? value.slice(0, 10) : ''}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  }
  if (type === 'money' && op !== 'in') {
    return (
      <>
        <input
          className="jf-input jf-input-amount"
          inputMode="numeric"
          aria-label={label}
          placeholder="0"
          value={amountText(value)}
          onChange={(event) => onChange(parseAmount(event.target.value))}
        />
        <span className="jf-cond-unit">{t('cond.unit.won')}</span>
      </>
    );
  }
  const unit = op === 'in' ? undefined : type && unitOf[type];
  const numeric = type === 'count' || type === 'days' || type === 'ratio';
  return (
    <>
      <input
        className="jf-input"
        aria-label={label}
        placeholder={op === 'in' ? t('cond.listPlaceholder') : label}
        inputMode={numeric && op !== 'in' ? 'decimal' : undefined}
        value={valueText(value)}
        list={knownValues.length > 0 ? listId : undefined}
        onChange={(event) => onChange(parseConditionValue(op, event.target.value))}
      />
      {unit && <span className="jf-cond-unit">{t(unit)}</span>}
      {type === 'ratio' && <span className="jf-hint">{t('cond.ratioHint')}</span>}
      {knownValues.length > 0 && (
        <datalist id={listId}>
          {knownValues.map((known) => (
            <option key={known} value={known} />
          ))}
        </datalist>
      )}
      {type === 'grade' && <KnownValues op={op} value={value} known={knownValues} onChange={onChange} />}
      {type === 'text' && (op === 'eq' || op === 'neq' || op === 'in') && (
        <span className="jf-hint">{t('cond.caseSensitive')}</span>
      )}
      {op === 'contains' && <span className="jf-hint">{t('cond.caseInsensitive')}</span>}
    </>
  );
}
