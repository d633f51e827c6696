import { describe, expect, it } from 'vitest';
import { attributeChoices, attributeInfo, choiceOf, operatorChoices } from './attributeCatalog';
import { replaceValue, unknownValues } from './conditionModel';
import { amountText, parseAmount } from './ValueInput';

describe('known values', () => {
  it('flags values outside the known list, with the known value that differs only by case', () => {
    expect(unknownValues('gold', ['VIP', 'Gold'])).toEqual([{ value: 'gold', suggestion: 'Gold' }]);
    expect(unknownValues(['VIP', '골드'], ['VIP', 'Gold'])).toEqual([
      { value: '골드', suggestion: undefined },
    ]);
    expect(unknownValues('Gold', ['VIP', 'Gold'])).toEqual([]);
    expect(unknownValues('', ['VIP'])).toEqual([]);
    // Nothing known yet (tiers loading or none defined): no warning rather than a false one.
    expect(unknownValues('gold', [])).toEqual([]);
  });

  it('replaces one value, in a list too', () => {
    expect(replaceValue('gold', 'gold', 'Gold')).toBe('Gold');
    expect(replaceValue(['VIP', 'gold'], 'gold', 'Gold')).toEqual(['VIP', 'Gold']);
  });
});

describe('attributes and operators', () => {
  it('types built-ins, predicted fields and custom attributes', () => {
    expect(attributeInfo('rfm.monetary_90d').type).toBe('money');
    expect(attributeInfo('predicted.next_purchase_at')).toMatchObject({ type: 'date', group: 'predicted' });
    expect(attributeInfo('attributes.grade').type).toBe('grade');
    expect(attributeInfo('signup_at')).toMatchObject({ type: 'date', group: 'custom' });
    expect(attributeInfo('membership.level')).toMatchObject({ type: 'text', group: 'custom' });
  });

  it('lists the catalog attributes after the built-ins, each once, keeping an unknown stored path', () => {
    const paths = attributeChoices(['grade', 'membership.level'], 'vip_since').map((c) => c.path);
    expect(paths.slice(-2)).toEqual(['membership.level', 'vip_since']);
    expect(paths.filter((p) => p === 'grade')).toHaveLength(1);
  });

  it('offers "없음" as exists=false and reads it back', () => {
    const consent = operatorChoices('consent');
    expect(consent.map((c) => c.id)).toEqual(['exists', 'not_exists', 'before', 'after']);
    expect(choiceOf('exists', false, 'consent')).toMatchObject({ id: 'not_exists', storedValue: false });
    expect(choiceOf('exists', undefined, 'consent').label).toBe('cond.op.consentGiven');
    // An operator the type does not offer is still shown in words, not dropped.
    expect(choiceOf('contains', 'x', 'money').label).toBe('cond.op.contains');
  });
});

describe('amounts', () => {
  it('shows separators and reads typed amounts with or without them', () => {
    expect(amountText(1_000_000)).toBe('1,000,000');
    expect(parseAmount('1,000,000원')).toBe(1_000_000);
    expect(parseAmount('')).toBe('');
  });
});
