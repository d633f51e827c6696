import type { CountOperator, EventCondition } from '@journeyflow/shared/journey/condition';
import { useId } from 'react';
import type { MessageKey } from '../../i18n/dictionary';
import { useT } from '../../i18n/useT';

const DAY_SECONDS = 86_400;

/** How often an event must have happened: "at least once" (no `count`) or a comparison, in words. */
const countChoices: readonly { op: CountOperator; label: MessageKey }[] = [
  { op: 'gte', label: 'cond.op.gte' },
  { op: 'gt', label: 'cond.op.gt' },
  { op: 'eq', label: 'cond.op.eq' },
  { op: 'neq', label: 'cond.op.neq' },
  { op: 'lte', label: 'cond.op.lte' },
  { op: 'lt', label: 'cond.op.lt' },
];

/** "구매 이벤트를 90일 안에 1회 이상": an event-history rule. */
export function EventRule({
  value,
  onChange,
  eventSuggestions,
}: {
  readonly value: EventCondition;
  readonly onChange: (value: EventCondition) => void;
  readonly eventSuggestions: readonly string[];
}) {
  const t = useT();
  const listId = useId();
  return (
    <>
      <input
        className="jf-input"
        aria-label={t('inspector.event')}
        placeholder="purchase"
        value={value.event}
        list={listId}
        onChange={(event) => onChange({ ...value, event: event.target.value })}
      />
      <datalist id={listId}>
        {eventSuggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <input
        type="number"
        className="jf-input jf-input-amount"
        aria-label={t('cond.withinDays')}
        placeholder={t('inspector.within')}
        value={value.withinSeconds === undefined ? '' : value.withinSeconds / DAY_SECONDS}
        onChange={(event) => {
          const { withinSeconds: _old, ...rest } = value;
          onChange(
            event.target.value === ''
              ? rest
              : { ...rest, withinSeconds: Math.round(Number(event.target.value) * DAY_SECONDS) },
          );
        }}
      />
      <span className="jf-cond-unit">{t('cond.unit.daysWithin')}</span>
      <select
        className="jf-input jf-cond-op"
        aria-label={t('cond.count')}
        value={value.count?.op ?? 'once'}
        onChange={(event) => {
          const { count: old, ...rest } = value;
          const op = event.target.value;
          onChange(
            op === 'once' ? rest : { ...rest, count: { op: op as CountOperator, value: old?.value ?? 1 } },
          );
        }}
      >
        <option value="once">{t('cond.atLeastOnce')}</option>
        {countChoices.map((choice) => (
          <option key={choice.op} value={choice.op}>
            {t(choice.label)}
          </option>
        ))}
      </select>
      {value.count && (
        <>
          <input
            type="number"
            min={0}
            className="jf-input jf-input-amount"
            aria-label={t('cond.times')}
            value={value.count.value}
            onChange={(event) =>
              onChange({
                ...value,
                count: { op: value.count?.op ?? 'gte', value: Math.max(0, Number(event.target.value)) },
              })
            }
          />
          <span className="jf-cond-unit">{t('cond.timesUnit')}</span>
        </>
      )}
    </>
  );
}
