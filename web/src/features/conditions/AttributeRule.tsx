import type {
  AttributeCondition,
  ConditionOperator,
  TriggerCondition,
} from '@journeyflow/shared/journey/condition';
import { useState } from 'react';
import type { MessageKey } from '../../i18n/dictionary';
import { attributeLabel } from '../../i18n/labels';
import { useT } from '../../i18n/useT';
import {
  type AttributeGroup,
  type AttributeInfo,
  attributeChoices,
  attributeInfo,
  choiceOf,
  operatorChoices,
} from './attributeCatalog';
import { ValueInput } from './ValueInput';

const CUSTOM = '__custom__';

const groupLabel: Record<AttributeGroup, MessageKey> = {
  profile: 'cond.group.profile',
  rfm: 'cond.group.rfm',
  predicted: 'cond.group.predicted',
  consent: 'cond.group.consent',
  custom: 'cond.group.custom',
};

/** The value a leaf starts with after its operator changed: none for "있음/없음", else what still fits. */
function valueFor(choiceValue: false | undefined, op: ConditionOperator, old: unknown): unknown {
  if (op === 'exists') return choiceValue;
  if (op === 'in') return Array.isArray(old) ? old : old === undefined || old === '' ? [] : [old];
  if (op === 'anniversary') return typeof old === 'number' ? old : 0;
  if (Array.isArray(old)) return old[0] ?? '';
  return old ?? '';
}

/**
 * A customer attribute rule ("90일 구매액 · 이상 · 1,000,000원") or, inside an event filter or on the
 * trigger, an event property rule. Attributes are picked by name from the built-ins, RFM, predicted
 * fields, consents and the workspace's custom attributes; operators are offered in words for the
 * attribute's type. The stored condition keeps its codes (`rfm.monetary_90d`, `gte`).
 */
export function AttributeRule({
  value,
  onChange,
  catalogAttributes,
  gradeNames,
}: {
  readonly value: AttributeCondition | TriggerCondition;
  readonly onChange: (value: AttributeCondition | TriggerCondition) => void;
  readonly catalogAttributes: readonly string[];
  readonly gradeNames: readonly string[];
}) {
  const t = useT();
  const isTrigger = 'trigger' in value;
  const path = isTrigger ? value.trigger : value.attribute;
  const info: AttributeInfo | undefined = isTrigger ? undefined : attributeInfo(path);
  const [typing, setTyping] = useState(false);
  const choices = operatorChoices(info?.type);
  const current = choiceOf(value.op, value.value, info?.type);

  const setLeaf = (next: { path?: string; op?: ConditionOperator; value?: unknown }) => {
    const { value: _old, ...rest } = value;
    const leaf = {
      ...rest,
      ...(next.path === undefined ? {} : isTrigger ? { trigger: next.path } : { attribute: next.path }),
      ...(next.op === undefined ? {} : { op: next.op }),
    } as AttributeCondition | TriggerCondition;
    const stored = 'value' in next ? next.value : value.value;
    onChange(stored === undefined ? leaf : { ...leaf, value: stored });
  };
  const pickAttribute = (nextPath: string) => {
    const nextType = attributeInfo(nextPath).type;
    const offered = operatorChoices(nextType);
    if (offered.some((c) => c.id === current.id)) return setLeaf({ path: nextPath });
    const first = offered[0]!;
    setLeaf({ path: nextPath, op: first.op, value: first.op === 'exists' ? first.storedValue : '' });
  };

  const choicesForPicker = attributeChoices(catalogAttributes, path);
  const groups = [...new Set(choicesForPicker.map((c) => c.group))];
  const showPathInput = isTrigger || typing;

  return (
    <>
      {!isTrigger && (
        <select
          className="jf-input"
          aria-label={t('cond.attribute')}
          value={typing ? CUSTOM : path}
          onChange={(event) => {
            const next = event.target.value;
            setTyping(next === CUSTOM);
            if (next !== CUSTOM) pickAttribute(next);
          }}
        >
          <option value="">{t('cond.pickAttribute')}</option>
          {groups.map((group) => (
            <optgroup key={group} label={t(groupLabel[group])}>
              {choicesForPicker
                .filter((c) => c.group === group)
                .map((c) => (
                  <option key={c.path} value={c.path}>
                    {c.label ? t(c.label) : attributeLabel(t, c.path)}
                  </option>
                ))}
            </optgroup>
          ))}
          <option value={CUSTOM}>{t('cond.typePath')}</option>
        </select>
      )}
      {showPathInput && (
        <input
          className="jf-input"
          aria-label={isTrigger ? t('cond.trigger') : t('cond.attributePath')}
          placeholder={isTrigger ? 'properties.productId' : 'membership.level'}
          value={path}
          onChange={(event) => setLeaf({ path: event.target.value })}
        />
      )}
      <select
        className="jf-input jf-cond-op"
        aria-label={t('cond.operator')}
        value={current.id}
        onChange={(event) => {
          const next = choices.find((c) => c.id === event.target.value) ?? current;
          setLeaf({ op: next.op, value: valueFor(next.storedValue, next.op, value.value) });
        }}
      >
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {t(c.label)}
          </option>
        ))}
        {!choices.includes(current) && <option value={current.id}>{t(current.label)}</option>}
      </select>
      {value.op !== 'exists' && (
        <ValueInput
          type={info?.type}
          op={value.op}
          value={value.value}
          knownValues={info?.type === 'grade' ? gradeNames : []}
          onChange={(next) => setLeaf({ value: next })}
        />
      )}
    </>
  );
}
