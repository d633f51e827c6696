import type { Condition, ConditionOperator } from '@journeyflow/shared/journey/condition';
import { conditionOperatorSchema } from '@journeyflow/shared/journey/condition';
import { useId, useMemo } from 'react';
import { useT } from '../../../../i18n/useT';
import { useGradeTierNames } from '../../../grades/useGradeTierNames';
import { SegmentSelect } from '../../../segments/components/SegmentSelect';
import { useWorkspaceCatalog } from '../../hooks/useWorkspaceCatalog';
import { knownEventNames } from '../../utils/knownEventNames';
import type { FieldErrors } from './fields';

type Kind = 'all' | 'any' | 'not' | 'attribute' | 'event' | 'segment' | 'trigger';

export function conditionKind(condition: Condition): Kind {
  if ('all' in condition) return 'all';
  if ('any' in condition) return 'any';
  if ('not' in condition) return 'not';
  if ('attribute' in condition) return 'attribute';
  if ('event' in condition) return 'event';
  if ('segment' in condition) return 'segment';
  return 'trigger';
}

/** A fresh condition of `kind`, keeping what can be kept (group children, leaf path). */
export function conditionOfKind(kind: Kind, from?: Condition): Condition {
  const children = from && ('all' in from ? from.all : 'any' in from ? from.any : undefined);
  switch (kind) {
    case 'all':
      return { all: children ?? (from ? [from] : []) };
    case 'any':
      return { any: children ?? (from ? [from] : []) };
    case 'not':
      return { not: from ?? { attribute: '', op: 'eq', value: '' } };
    case 'attribute':
      return { attribute: '', op: 'eq', value: '' };
    case 'event':
      return { event: '' };
    case 'segment':
      return { segment: '', in: true };
    case 'trigger':
      return { trigger: 'properties.', op: 'eq', value: '' };
  }
}

/** Typed values: numbers and booleans stay numbers and booleans; `in` takes a comma-separated list. */
export function parseConditionValue(op: ConditionOperator, text: string): unknown {
  if (op === 'in') return text.split(',').map((part) => parseConditionValue('eq', part.trim()));
  if (op === 'exists') return text === '' ? undefined : text === 'true';
  if (op === 'anniversary') return text === '' ? undefined : Number(text);
  if (text.trim() !== '' && !Number.isNaN(Number(text))) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return text;
}

function valueText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

const operators = conditionOperatorSchema.options;

/** Built-in attribute paths (SPEC §2) offered as suggestions; any custom attribute can be typed. */
const builtInAttributes = [
  'grade',
  'consent.sms',
  'consent.kakao',
  'consent.push',
  'consent.email',
  'consent.night',
  'rfm.recency_days',
  'rfm.frequency_90d',
  'rfm.monetary_90d',
  'timezone',
  'locale',
  'externalId',
  'name',
  'email',
  'phone',
  'birthday',
];

/** How often an event leaf must have happened: "at least once" (no `count`) or a comparison. */
const countOperators = ['gte', 'gt', 'eq', 'neq', 'lte', 'lt'] as const;
const countSymbol: Record<(typeof countOperators)[number], string> = {
  gte: '≥',
  gt: '>',
  eq: '=',
  neq: '≠',
  lte: '≤',
  lt: '<',
};

function isLeaf(condition: Condition): boolean {
  return !('all' in condition || 'any' in condition || 'not' in condition);
}

function firstErrorUnder(errors: FieldErrors | undefined, path: string): string | undefined {
  if (!errors) return undefined;
  for (const [key, message] of errors) if (key.startsWith(`${path}.`)) return message;
  return undefined;
}

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
  const listId = useId();
  const gradeNames = useGradeTierNames();
  // Suggestions: what the workspace has seen first (GET /api/catalog), then the built-in paths and
  // common event names. The builder also runs outside the editor (segments), so it keeps its own lists.
  const catalog = useWorkspaceCatalog();
  const attributeSuggestions = useMemo(
    () => [...new Set([...(catalog?.attributes ?? []), ...builtInAttributes])],
    [catalog],
  );
  const eventSuggestions = useMemo(
    () => knownEventNames(catalog?.events.map((event) => event.name) ?? [], []),
    [catalog],
  );
  const kind = conditionKind(value);
  const error = errors?.get(path) ?? (isLeaf(value) ? firstErrorUnder(errors, path) : undefined);
  const kindSelect = (
    <select
      className="jf-input jf-cond-kind"
      aria-label="Condition type"
      value={kind}
      onChange={(event) => onChange(conditionOfKind(event.target.value as Kind, value))}
    >
      <option value="all">{t('cond.all')}</option>
      <option value="any">{t('cond.any')}</option>
      <option value="not">{t('cond.not')}</option>
      <option value="attribute">{t('cond.attribute')}</option>
      <option value="event">{t('cond.event')}</option>
      <option value="segment">{t('cond.segment')}</option>
      <option value="trigger">{t('cond.trigger')}</option>
    </select>
  );
  const remove = onRemove && (
    <button type="button" className="jf-icon-button" aria-label={t('common.remove')} onClick={onRemove}>
      ×
    </button>
  );

  if ('all' in value || 'any' in value) {
    const key = 'all' in value ? 'all' : 'any';
    const children = 'all' in value ? value.all : value.any;
    const set = (next: Condition[]) => onChange((key === 'all' ? { all: next } : { any: next }) as Condition);
    return (
      <div className={`jf-cond-group depth-${depth % 3}`}>
        <div className="jf-row">
          {kindSelect}
          {remove}
        </div>
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
        <div className="jf-row">
          {kindSelect}
          {remove}
        </div>
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

  let body: React.ReactNode;
  if ('attribute' in value || 'trigger' in value) {
    const isTrigger = 'trigger' in value;
    const pathValue = isTrigger ? value.trigger : value.attribute;
    const setPath = (text: string) =>
      onChange(
        isTrigger
          ? { ...value, trigger: text }
          : { ...(value as { attribute: string; op: ConditionOperator }), attribute: text },
      );
    body = (
      <>
        <input
          className="jf-input"
          aria-label={isTrigger ? t('cond.trigger') : t('cond.attribute')}
          placeholder={isTrigger ? 'properties.productId' : 'grade'}
          value={pathValue}
          list={isTrigger ? undefined : `${listId}-attributes`}
          onChange={(event) => setPath(event.target.value)}
        />
        {!isTrigger && (
          <datalist id={`${listId}-attributes`}>
            {attributeSuggestions.map((attribute) => (
              <option key={attribute} value={attribute} />
            ))}
          </datalist>
        )}
        <select
          className="jf-input jf-cond-op"
          aria-label="Operator"
          value={value.op}
          onChange={(event) => {
            const op = event.target.value as ConditionOperator;
            const { value: old, ...rest } = value;
            const next = op === 'exists' ? rest : { ...rest, value: parseConditionValue(op, valueText(old)) };
            onChange({ ...next, op } as Condition);
          }}
        >
          {operators.map((op) => (
            <option key={op} value={op}>
              {op}
            </option>
          ))}
        </select>
        {value.op !== 'exists' && (
          <input
            className="jf-input"
            aria-label={t('cond.value')}
            placeholder={t('cond.value')}
            value={valueText(value.value)}
            list={pathValue === 'grade' ? `${listId}-grades` : undefined}
            onChange={(event) =>
              onChange({ ...value, value: parseConditionValue(value.op, event.target.value) } as Condition)
            }
          />
        )}
        {pathValue === 'grade' && (
          <datalist id={`${listId}-grades`}>
            {gradeNames.map((grade) => (
              <option key={grade} value={grade} />
            ))}
          </datalist>
        )}
      </>
    );
  } else if ('event' in value) {
    body = (
      <>
        <input
          className="jf-input"
          aria-label={t('inspector.event')}
          placeholder="purchase"
          value={value.event}
          list={`${listId}-events`}
          onChange={(event) => onChange({ ...value, event: event.target.value })}
        />
        <datalist id={`${listId}-events`}>
          {eventSuggestions.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <input
          type="number"
          className="jf-input jf-input-amount"
          aria-label="Within days"
          placeholder={t('inspector.within')}
          value={value.withinSeconds === undefined ? '' : value.withinSeconds / 86_400}
          onChange={(event) => {
            const { withinSeconds: _old, ...rest } = value;
            onChange(
              event.target.value === ''
                ? rest
                : { ...rest, withinSeconds: Math.round(Number(event.target.value) * 86_400) },
            );
          }}
        />
        <span className="jf-hint">{t('duration.days')}</span>
        <select
          className="jf-input jf-cond-op"
          aria-label={t('cond.count')}
          value={value.count?.op ?? 'once'}
          onChange={(event) => {
            const { count: old, ...rest } = value;
            const op = event.target.value;
            onChange(
              op === 'once'
                ? rest
                : {
                    ...rest,
                    count: { op: op as (typeof countOperators)[number], value: old?.value ?? 1 },
                  },
            );
          }}
        >
          <option value="once">{t('cond.atLeastOnce')}</option>
          {countOperators.map((op) => (
            <option key={op} value={op}>
              {countSymbol[op]}
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
            <span className="jf-hint">{t('cond.timesUnit')}</span>
          </>
        )}
      </>
    );
  } else {
    body = (
      <>
        <select
          className="jf-input jf-cond-op"
          aria-label={t('cond.segment')}
          value={value.in ? 'in' : 'out'}
          onChange={(event) => onChange({ ...value, in: event.target.value === 'in' })}
        >
          <option value="in">{t('cond.inSegment')}</option>
          <option value="out">{t('cond.notInSegment')}</option>
        </select>
        <SegmentSelect
          label={t('cond.segmentName')}
          value={value.segment}
          onChange={(segment) => onChange({ ...value, segment })}
        />
      </>
    );
  }
  return (
    <div className={`jf-cond-leaf${error ? ' has-error' : ''}`}>
      <div className="jf-row">
        {kindSelect}
        {remove}
      </div>
      <div className="jf-row jf-cond-body">{body}</div>
      {error && <div className="jf-field-error">{error}</div>}
    </div>
  );
}
