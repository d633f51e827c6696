import { describe, expect, it } from 'vitest';
import { evaluateCondition } from '../journey/evaluateCondition';
import { customerConditionView, recencyDays } from './customerConditionView';

const now = new Date('2026-12-04T12:00:00Z');

describe('customerConditionView', () => {
  it('never reports a negative recency for a purchase stamped ahead of the clock', () => {
    expect(recencyDays('2026-12-04T12:00:30Z', now)).toBe(0);
    expect(recencyDays('2026-12-02T11:00:00Z', now)).toBe(2);
    expect(recencyDays(null, now)).toBeNull();
    expect(recencyDays('not a date', now)).toBeNull();
  });

  it('reads RFM from the columns, so a condition on rfm.monetary_90d sees what the profile shows', () => {
    const customer = customerConditionView(
      {
        externalId: 'c1',
        attributes: { rfm: { monetary_90d: 0 } },
        grade: 'Gold',
        timezone: null,
        locale: null,
        consent: {},
        lastPurchaseAt: new Date('2026-12-03T00:00:00Z'),
        frequency90d: '3',
        monetary90d: 500_000,
      },
      now,
    );
    expect(customer.rfm).toEqual({ recency_days: 1, frequency_90d: 3, monetary_90d: 500_000 });
    const check = evaluateCondition(
      { attribute: 'rfm.monetary_90d', op: 'gte', value: 100_000 },
      { customer, now },
    );
    expect(check.result).toBe(true);
  });
  it('keeps externalId only when the columns have one', () => {
    const columns = {
      attributes: { name: 'Kim' },
      grade: null,
      timezone: null,
      locale: null,
      consent: {},
      lastPurchaseAt: null,
      frequency90d: 0,
      monetary90d: 0,
    };
    expect('externalId' in customerConditionView(columns, now)).toBe(false);
    expect(customerConditionView({ ...columns, externalId: 'c9' }, now).externalId).toBe('c9');
  });
});
