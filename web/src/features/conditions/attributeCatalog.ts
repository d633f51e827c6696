import type { ConditionOperator } from '@journeyflow/shared/journey/condition';
import type { MessageKey } from '../../i18n/dictionary';

/** How a customer attribute is shown and compared: it decides the operators and the value input. */
export type AttributeType = 'text' | 'grade' | 'money' | 'count' | 'days' | 'ratio' | 'date' | 'consent';

export type AttributeGroup = 'profile' | 'rfm' | 'predicted' | 'consent' | 'custom';

export type AttributeInfo = {
  readonly path: string;
  readonly type: AttributeType;
  readonly group: AttributeGroup;
  /** Dictionary key of the label; custom attributes have none and show their path. */
  readonly label?: MessageKey;
};

/** Built-in attribute paths (SPEC §2) and the predicted fields, with their Korean/English labels. */
export const builtInAttributes: readonly AttributeInfo[] = [
  { path: 'grade', type: 'grade', group: 'profile', label: 'cond.attr.grade' },
  { path: 'name', type: 'text', group: 'profile', label: 'cond.attr.name' },
  { path: 'email', type: 'text', group: 'profile', label: 'cond.attr.email' },
  { path: 'phone', type: 'text', group: 'profile', label: 'cond.attr.phone' },
  { path: 'birthday', type: 'date', group: 'profile', label: 'cond.attr.birthday' },
  { path: 'externalId', type: 'text', group: 'profile', label: 'cond.attr.externalId' },
  { path: 'timezone', type: 'text', group: 'profile', label: 'cond.attr.timezone' },
  { path: 'locale', type: 'text', group: 'profile', label: 'cond.attr.locale' },
  { path: 'rfm.recency_days', type: 'days', group: 'rfm', label: 'cond.attr.recency' },
  { path: 'rfm.frequency_90d', type: 'count', group: 'rfm', label: 'cond.attr.frequency' },
  { path: 'rfm.monetary_90d', type: 'money', group: 'rfm', label: 'cond.attr.monetary' },
  { path: 'predicted.next_purchase_at', type: 'date', group: 'predicted', label: 'cond.attr.nextPurchase' },
  { path: 'predicted.interval_days', type: 'days', group: 'predicted', label: 'cond.attr.interval' },
  { path: 'predicted.confidence', type: 'ratio', group: 'predicted', label: 'cond.attr.confidence' },
  { path: 'consent.sms', type: 'consent', group: 'consent', label: 'cond.attr.consent.sms' },
  { path: 'consent.kakao', type: 'consent', group: 'consent', label: 'cond.attr.consent.kakao' },
  { path: 'consent.push', type: 'consent', group: 'consent', label: 'cond.attr.consent.push' },
  { path: 'consent.email', type: 'consent', group: 'consent', label: 'cond.attr.consent.email' },
  { path: 'consent.night', type: 'consent', group: 'consent', label: 'cond.attr.consent.night' },
];

const byPath = new Map(builtInAttributes.map((info) => [info.path, info]));

/** A custom attribute's type guessed from its name: `…_at`, `…date`, `birthday` are dates, the rest text. */
function guessType(path: string): AttributeType {
  const last = path.split('.').pop()?.toLowerCase() ?? '';
  if (/(_at|date|day)$/.test(last)) return 'date';
  if (/(amount|price|revenue|spent|krw)$/.test(last)) return 'money';
  return 'text';
}

/** What the builder knows about `path`: a built-in (also written `attributes.x`) or a custom attribute. */
export function attributeInfo(path: string): AttributeInfo {
  const known = byPath.get(path) ?? byPath.get(path.replace(/^attributes\./, ''));
  return known ?? { path, type: guessType(path), group: 'custom' };
}

/** The attribute list of the picker: built-ins first, then the workspace's custom attributes (catalog). */
export function attributeChoices(catalogPaths: readonly string[], current: string): AttributeInfo[] {
  const custom = [...catalogPaths, current]
    .filter((path) => path !== '' && !byPath.has(path))
    .filter((path, index, all) => all.indexOf(path) === index)
    .map(attributeInfo);
  return [...builtInAttributes, ...custom];
}

/**
 * One operator as offered in words. `exists` is offered twice ("있음" and "없음", the latter stored as
 * `{ op: 'exists', value: false }`), so `id` names the choice and `op`/`value` what is stored.
 */
export type OperatorChoice = {
  readonly id: string;
  readonly op: ConditionOperator;
  readonly label: MessageKey;
  /** The value stored with the choice (`false` for "없음"); such a choice takes no input. */
  readonly storedValue?: false;
};

const choice = (op: ConditionOperator, label: MessageKey): OperatorChoice => ({ id: op, op, label });
const absent = (label: MessageKey): OperatorChoice => ({
  id: 'not_exists',
  op: 'exists',
  label,
  storedValue: false,
});

const numberChoices = [
  choice('gte', 'cond.op.gte'),
  choice('lte', 'cond.op.lte'),
  choice('gt', 'cond.op.gt'),
  choice('lt', 'cond.op.lt'),
  choice('eq', 'cond.op.eq'),
  choice('neq', 'cond.op.neq'),
  choice('exists', 'cond.op.exists'),
  absent('cond.op.notExists'),
];

const operatorsByType: Record<AttributeType, readonly OperatorChoice[]> = {
  text: [
    choice('eq', 'cond.op.eq'),
    choice('neq', 'cond.op.neq'),
    choice('in', 'cond.op.in'),
    choice('contains', 'cond.op.contains'),
    choice('exists', 'cond.op.exists'),
    absent('cond.op.notExists'),
  ],
  grade: [
    choice('eq', 'cond.op.eq'),
    choice('neq', 'cond.op.neq'),
    choice('in', 'cond.op.in'),
    choice('exists', 'cond.op.exists'),
    absent('cond.op.notExists'),
  ],
  money: numberChoices,
  count: numberChoices,
  days: numberChoices,
  ratio: numberChoices,
  date: [
    choice('before', 'cond.op.before'),
    choice('after', 'cond.op.after'),
    choice('anniversary', 'cond.op.anniversary'),
    choice('eq', 'cond.op.eq'),
    choice('exists', 'cond.op.exists'),
    absent('cond.op.notExists'),
  ],
  consent: [
    choice('exists', 'cond.op.consentGiven'),
    absent('cond.op.consentMissing'),
    choice('before', 'cond.op.consentBefore'),
    choice('after', 'cond.op.consentAfter'),
  ],
};

/** Every operator in words, for trigger properties (their type is not known). */
const allChoices: readonly OperatorChoice[] = [
  choice('eq', 'cond.op.eq'),
  choice('neq', 'cond.op.neq'),
  choice('in', 'cond.op.in'),
  choice('contains', 'cond.op.contains'),
  choice('gte', 'cond.op.gte'),
  choice('lte', 'cond.op.lte'),
  choice('gt', 'cond.op.gt'),
  choice('lt', 'cond.op.lt'),
  choice('before', 'cond.op.before'),
  choice('after', 'cond.op.after'),
  choice('anniversary', 'cond.op.anniversary'),
  choice('exists', 'cond.op.exists'),
  absent('cond.op.notExists'),
];

/** The operators offered for `type` (`undefined`: any value, e.g. a trigger property). */
export function operatorChoices(type: AttributeType | undefined): readonly OperatorChoice[] {
  return type ? operatorsByType[type] : allChoices;
}

/** The choice a stored leaf shows as; an operator the type does not offer still shows (in words). */
export function choiceOf(
  op: ConditionOperator,
  value: unknown,
  type: AttributeType | undefined,
): OperatorChoice {
  const id = op === 'exists' && value === false ? 'not_exists' : op;
  return (
    operatorChoices(type).find((c) => c.id === id) ?? allChoices.find((c) => c.id === id) ?? allChoices[0]!
  );
}
