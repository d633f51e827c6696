import type { Condition, ConditionOperator } from '@journeyflow/shared/journey/condition';

export type ConditionKind = 'all' | 'any' | 'not' | 'attribute' | 'event' | 'segment' | 'trigger';

export function conditionKind(condition: Condition): ConditionKind {
  if ('all' in condition) return 'all';
  if ('any' in condition) return 'any';
  if ('not' in condition) return 'not';
  if ('attribute' in condition) return 'attribute';
  if ('event' in condition) return 'event';
  if ('segment' in condition) return 'segment';
  return 'trigger';
}

/** A fresh condition of `kind`, keeping what can be kept (group children, leaf path). */
export function conditionOfKind(kind: ConditionKind, from?: Condition): Condition {
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

/** A stored value as the text of an input (`in` lists joined with commas). */
export function valueText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

export function isLeaf(condition: Condition): boolean {
  return !('all' in condition || 'any' in condition || 'not' in condition);
}

/** The values a leaf compares with, as text (one for `eq`, several for `in`); empty ones left out. */
export function comparedValues(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((item) => item !== undefined && item !== null && item !== '').map(String);
}

/**
 * Values not among the known ones (`gold` when the tiers are `Gold`, `골드`…), each with the known value it
 * differs from only by case, if any: matching is exact, so such a value silently matches nobody.
 */
export function unknownValues(
  value: unknown,
  known: readonly string[],
): { readonly value: string; readonly suggestion: string | undefined }[] {
  if (known.length === 0) return [];
  return comparedValues(value)
    .filter((item) => !known.includes(item))
    .map((item) => ({
      value: item,
      suggestion: known.find((candidate) => candidate.toLocaleLowerCase() === item.toLocaleLowerCase()),
    }));
}

/** `value` with `from` replaced by `to` (in a list too), keeping the rest as it was. */
export function replaceValue(value: unknown, from: string, to: string): unknown {
  if (Array.isArray(value)) return value.map((item) => (String(item) === from ? to : item));
  return String(value) === from ? to : value;
}
