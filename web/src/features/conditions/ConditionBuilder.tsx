import type { Condition } from '@journeyflow/shared/journey/condition';
import type { ReactNode } from 'react';
import type { FieldErrors } from '../../api/fieldErrors';
import { useT } from '../../i18n/useT';
import { AttributeRule } from './AttributeRule';
import { type ConditionKind, conditionKind, conditionOfKind, isLeaf } from './conditionModel';
import { EventRule } from './EventRule';
import { SegmentRule } from './SegmentRule';
import { useConditionSuggestions } from './useConditionSuggestions';
import './conditions.css';

function firstErrorUnder(errors: FieldErrors | undefined, path: string): string | undefined {
  if (!errors) return undefined;
  for (const [key, message] of errors) if (key.startsWith(`${path}.`)) return message;
  return undefined;
}

/**
 * The visual Condition builder (SPEC §2) used wherever people pick customers: the editor's conditions and
 * filters, saved segments and grade rules. Groups nest ("모두 만족" / "하나라도 만족" / "아님"); leaves are
 * attribute, event, segment and trigger rules in words. It edits the stored `Condition` as it is.
 */
export function ConditionBuilder({
  value,
  onChange,
  errors,
  path,
  onRemove,
  depth = 0,
}: {
  readonly value: Condition;
  readonly onChange: (value: Condition) => void;
  readonly errors?: FieldErrors;
  readonly path: string;
  readonly onRemove?: () => void;
  readonly depth?: number;
}) {
  const t = useT();
  const suggestions = useConditionSuggestions();
  const kind = conditionKind(value);
  const error = errors?.get(path) ?? (isLeaf(value) ? firstErrorUnder(errors, path) : undefined);
  const head = (
    <div className="jf-row">
      <select
        className="jf-input jf-cond-kind"
        aria-label={t('cond.kind')}
        value={kind}
        onChange={(event) => onChange(conditionOfKind(event.target.value as ConditionKind, value))}
      >
        <option value="all">{t('cond.all')}</option>
        <option value="any">{t('cond.any')}</option>
        <option value="not">{t('cond.not')}</option>
        <option value="attribute">{t('cond.attribute')}</option>
        <option value="event">{t('cond.event')}</option>
        <option value="segment">{t('cond.segment')}</option>
        <option value="trigger">{t('cond.trigger')}</option>
      </select>
      {onRemove && (
        <button type="button" className="jf-icon-button" aria-label={t('common.remove')} onClick={onRemove}>
          ×
        </button>
      )}
    </div>
  );

  if ('all' in value || 'any' in value) {
    const key = 'all' in value ? 'all' : 'any';
    const children = 'all' in value ? value.all : value.any;
    const set = (next: Condition[]) => onChange((key === 'all' ? { all: next } : { any: next }) as Condition);
    return (
      <div className={`jf-cond-group depth-${depth % 3}`}>
        {head}
        {children.map((child, index) => (
          <ConditionBuilder
            // biome-ignore lint/suspicious/noArrayIndexKey: conditions have no ids; position is their identity.
            key={index}
            value={child}
            path={`${path}.${key}.${index}`}
            errors={errors}
            depth={depth + 1}
            onChange={(next) => set(children.map((c, i) => (i === index ? next : c)))}
            onRemove={() => set(children.filter((_, i) => i !== index))}
          />
        ))}
        <div className="jf-row">
          <button
            type="button"
            className="jf-link-button"
            onClick={() => set([...children, conditionOfKind('attribute')])}
          >
            + {t('cond.addRule')}
          </button>
          <button type="button" className="jf-link-button" onClick={() => set([...children, { all: [] }])}>
            + {t('cond.addGroup')}
          </button>
        </div>
        {error && <div className="jf-field-error">{error}</div>}
      </div>
    );
  }
  if ('not' in value) {
    return (
      <div className={`jf-cond-group depth-${depth % 3}`}>
        {head}
        <ConditionBuilder
          value={value.not}
          path={`${path}.not`}
          errors={errors}
          depth={depth + 1}
          onChange={(next) => onChange({ not: next })}
        />
      </div>
    );
  }

  let body: ReactNode;
  if ('attribute' in value || 'trigger' in value) {
    body = (
      <AttributeRule
        value={value}
        onChange={onChange}
        catalogAttributes={suggestions.attributes}
        gradeNames={suggestions.gradeNames}
      />
    );
  } else if ('event' in value) {
    body = <EventRule value={value} onChange={onChange} eventSuggestions={suggestions.events} />;
  } else {
    body = <SegmentRule value={value} onChange={onChange} />;
  }
  return (
    <div className={`jf-cond-leaf${error ? ' has-error' : ''}`}>
      {head}
      <div className="jf-row jf-cond-body">{body}</div>
      {error && <div className="jf-field-error">{error}</div>}
    </div>
  );
}
