import { describe, expect, it } from 'vitest';
import type { Condition } from './condition';
import {
  type ConditionContext,
  conditionDependencies,
  type EventCountQuery,
  evaluateCondition,
  eventMatches,
} from './evaluateCondition';

// 2026-05-12 10:00 in Seoul.
const now = new Date('2026-05-12T01:00:00Z');

const base: ConditionContext = {
  now,
  timezone: 'Asia/Seoul',
  customer: {
    externalId: 'c1',
    grade: 'Gold',
    timezone: 'Asia/Seoul',
    attributes: {
      name: '김민지',
      age: 34,
      ageText: '34',
      tags: ['vegan', 'runner'],
      bio: 'Loves Organic vegetables',
      birthday: '1992-05-12',
      leapBirthday: '2000-02-29',
      signupAt: '2024-05-13T15:30:00Z', // 2024-05-14 00:30 in Seoul
      address: { city: '서울', zip: '04524' },
      vip: true,
      empty: '',
    },
    consent: { sms: '2026-01-01', email: '2023-01-01', push: null },
    rfm: { recency_days: 12, frequency_90d: 3, monetary_90d: 1_200_000 },
  },
  trigger: { name: 'purchase', properties: { category: 'organic_vegetables', total: 35000 } },
};

const check = (condition: Condition, context: ConditionContext = base) =>
  evaluateCondition(condition, context);
const truth = (condition: Condition, context?: ConditionContext) => check(condition, context).result;

describe('evaluateCondition', () => {
  it('explains its verdict in one line', () => {
    expect(check({ attribute: 'grade', op: 'in', value: ['VIP'] })).toEqual({
      result: false,
      explanation: 'grade in [VIP] was false: grade = Gold',
    });
    expect(check({ attribute: 'rfm.monetary_90d', op: 'gte', value: 1_000_000 }).explanation).toBe(
      'rfm.monetary_90d gte 1000000 was true: rfm.monetary_90d = 1200000',
    );
  });

  it('eq / neq, with numbers given as text', () => {
    expect(truth({ attribute: 'grade', op: 'eq', value: 'Gold' })).toBe(true);
    expect(truth({ attribute: 'grade', op: 'eq', value: 'gold' })).toBe(false);
    expect(truth({ attribute: 'ageText', op: 'eq', value: 34 })).toBe(true);
    expect(truth({ attribute: 'vip', op: 'eq', value: true })).toBe(true);
    expect(truth({ attribute: 'grade', op: 'neq', value: 'VIP' })).toBe(true);
    expect(truth({ attribute: 'missing', op: 'neq', value: 'VIP' })).toBe(true);
    expect(truth({ attribute: 'missing', op: 'eq', value: null })).toBe(false);
  });

  it('gt / gte / lt / lte on numbers and numeric text; missing is false', () => {
    expect(truth({ attribute: 'age', op: 'gt', value: 30 })).toBe(true);
    expect(truth({ attribute: 'age', op: 'gte', value: 34 })).toBe(true);
    expect(truth({ attribute: 'age', op: 'lt', value: 34 })).toBe(false);
    expect(truth({ attribute: 'ageText', op: 'lte', value: '34' })).toBe(true);
    expect(truth({ attribute: 'missing', op: 'lt', value: 10 })).toBe(false);
    expect(truth({ attribute: 'name', op: 'gt', value: 10 })).toBe(false);
  });

  it('in: the value is one of a list, or a list attribute overlaps it', () => {
    expect(truth({ attribute: 'grade', op: 'in', value: ['VIP', 'Gold'] })).toBe(true);
    expect(truth({ attribute: 'tags', op: 'in', value: ['runner', 'cyclist'] })).toBe(true);
    expect(truth({ attribute: 'tags', op: 'in', value: ['cyclist'] })).toBe(false);
  });

  it('contains: substring (case-insensitive) or list element', () => {
    expect(truth({ attribute: 'bio', op: 'contains', value: 'organic' })).toBe(true);
    expect(truth({ attribute: 'tags', op: 'contains', value: 'vegan' })).toBe(true);
    expect(truth({ attribute: 'tags', op: 'contains', value: 'vega' })).toBe(false);
    expect(truth({ attribute: 'age', op: 'contains', value: 3 })).toBe(false);
  });

  it('exists, and exists false; empty text does not exist', () => {
    expect(truth({ attribute: 'name', op: 'exists' })).toBe(true);
    expect(truth({ attribute: 'empty', op: 'exists' })).toBe(false);
    expect(truth({ attribute: 'missing', op: 'exists' })).toBe(false);
    expect(truth({ attribute: 'missing', op: 'exists', value: false })).toBe(true);
    expect(check({ attribute: 'missing', op: 'exists' }).explanation).toBe(
      'missing exists was false: missing = (not set)',
    );
  });

  it('reads consent as valid only when given, not withdrawn and under two years old', () => {
    expect(truth({ attribute: 'consent.sms', op: 'exists' })).toBe(true);
    expect(truth({ attribute: 'consent.push', op: 'exists' })).toBe(false);
    expect(truth({ attribute: 'consent.email', op: 'exists' })).toBe(false);
    expect(truth({ attribute: 'consent.kakao', op: 'exists' })).toBe(false);
  });

  it('reads dotted custom attributes, with or without the attributes. prefix', () => {
    expect(truth({ attribute: 'address.city', op: 'eq', value: '서울' })).toBe(true);
    expect(truth({ attribute: 'attributes.address.zip', op: 'eq', value: '04524' })).toBe(true);
    expect(truth({ attribute: 'timezone', op: 'eq', value: 'Asia/Seoul' })).toBe(true);
  });

  it('before / after with ISO instants, dates (local calendar) and seconds from now', () => {
    expect(truth({ attribute: 'signupAt', op: 'before', value: '2025-01-01T00:00:00Z' })).toBe(true);
    expect(truth({ attribute: 'signupAt', op: 'after', value: '2025-01-01T00:00:00Z' })).toBe(false);
    // 2024-05-13T15:30Z is already 14 May in Seoul.
    expect(truth({ attribute: 'signupAt', op: 'after', value: '2024-05-13' })).toBe(true);
    expect(truth({ attribute: 'signupAt', op: 'before', value: '2024-05-14' })).toBe(false);
    // Signed up more than 30 days ago.
    expect(truth({ attribute: 'signupAt', op: 'before', value: -30 * 86_400 })).toBe(true);
    expect(truth({ attribute: 'missing', op: 'before', value: '2030-01-01' })).toBe(false);
  });

  it('anniversary: month and day today in the customer timezone, or N days ahead', () => {
    expect(truth({ attribute: 'birthday', op: 'anniversary' })).toBe(true);
    expect(truth({ attribute: 'birthday', op: 'anniversary', value: 1 })).toBe(false);
    // Signed up on 14 May (Seoul): the anniversary is 2 days ahead of 12 May.
    expect(truth({ attribute: 'signupAt', op: 'anniversary', value: 2 })).toBe(true);
    // In UTC it is still 12 May at 01:00, and the sign-up was 13 May UTC: one day ahead.
    const utc = { ...base, customer: { ...base.customer, timezone: 'UTC' } };
    expect(truth({ attribute: 'signupAt', op: 'anniversary', value: 1 }, utc)).toBe(true);
  });

  it('anniversary of 29 February falls on 28 February in common years', () => {
    const feb28 = { ...base, now: new Date('2027-02-28T03:00:00Z') };
    expect(truth({ attribute: 'leapBirthday', op: 'anniversary' }, feb28)).toBe(true);
    const leapYear = { ...base, now: new Date('2028-02-28T03:00:00Z') };
    expect(truth({ attribute: 'leapBirthday', op: 'anniversary' }, leapYear)).toBe(false);
  });

  it('trigger reads the entry event', () => {
    expect(truth({ trigger: 'properties.category', op: 'eq', value: 'organic_vegetables' })).toBe(true);
    expect(truth({ trigger: 'properties.total', op: 'gte', value: 50000 })).toBe(false);
    expect(truth({ trigger: 'name', op: 'eq', value: 'purchase' })).toBe(true);
    const { trigger: _, ...noTrigger } = base;
    expect(check({ trigger: 'properties.total', op: 'exists' }, noTrigger).explanation).toContain(
      'no triggering event',
    );
  });

  it('all / any / not', () => {
    const vip: Condition = { attribute: 'grade', op: 'eq', value: 'VIP' };
    const gold: Condition = { attribute: 'grade', op: 'eq', value: 'Gold' };
    expect(truth({ all: [gold, { attribute: 'age', op: 'gt', value: 18 }] })).toBe(true);
    expect(check({ all: [gold, vip] })).toEqual({
      result: false,
      explanation: 'all of 2 was false: grade eq VIP was false: grade = Gold',
    });
    expect(truth({ any: [vip, gold] })).toBe(true);
    expect(check({ any: [vip] }).explanation).toBe(
      'none of 1 was true: grade eq VIP was false: grade = Gold',
    );
    expect(truth({ not: vip })).toBe(true);
    expect(truth({ all: [] })).toBe(true);
    expect(truth({ any: [] })).toBe(false);
  });

  it('segment membership through the callback', () => {
    const context = { ...base, segmentMembership: (id: string) => id === 'seg_vip' };
    expect(truth({ segment: 'seg_vip', in: true }, context)).toBe(true);
    expect(truth({ segment: 'seg_vip', in: false }, context)).toBe(false);
    expect(truth({ segment: 'seg_other', in: false }, context)).toBe(true);
    expect(check({ segment: 'seg_vip', in: true }).explanation).toContain('membership unknown');
  });

  it('event history through the counter, with count operators', () => {
    const asked: EventCountQuery[] = [];
    const context = {
      ...base,
      eventCounter: (query: EventCountQuery) => {
        asked.push(query);
        return query.event === 'product_viewed' ? 3 : 0;
      },
    };
    expect(truth({ event: 'product_viewed', withinSeconds: 86_400 }, context)).toBe(true);
    expect(truth({ event: 'purchase' }, context)).toBe(false);
    expect(truth({ event: 'product_viewed', count: { op: 'gte', value: 3 } }, context)).toBe(true);
    expect(truth({ event: 'product_viewed', count: { op: 'gt', value: 3 } }, context)).toBe(false);
    expect(truth({ event: 'purchase', count: { op: 'eq', value: 0 } }, context)).toBe(true);
    const where: Condition = { trigger: 'properties.productId', op: 'eq', value: 'p1' };
    expect(check({ event: 'product_viewed', where, withinSeconds: 60 }, context).explanation).toBe(
      'product_viewed within 60s count ≥ 1 was true: count = 3',
    );
    expect(asked.at(-1)).toEqual({ event: 'product_viewed', where, withinSeconds: 60 });
    expect(check({ event: 'purchase' }).explanation).toContain('event history unavailable');
  });

  it('eventMatches evaluates a where against the given event', () => {
    const where: Condition = { trigger: 'properties.category', op: 'eq', value: 'shoes' };
    expect(eventMatches(where, { name: 'purchase', properties: { category: 'shoes' } }, base).result).toBe(
      true,
    );
    expect(eventMatches(where, { name: 'purchase', properties: { category: 'hats' } }, base).result).toBe(
      false,
    );
    expect(eventMatches(undefined, { name: 'purchase' }, base).result).toBe(true);
  });

  it('lists the events and segments a condition depends on', () => {
    expect(
      conditionDependencies({
        all: [
          { event: 'purchase', withinSeconds: 60 },
          { not: { segment: 's1', in: true } },
          {
            any: [
              { segment: 's1', in: false },
              { attribute: 'grade', op: 'exists' },
            ],
          },
        ],
      }),
    ).toEqual({ events: [{ event: 'purchase', withinSeconds: 60 }], segments: ['s1'] });
  });

  it('falls back to the journey timezone when the customer has an invalid one', () => {
    const bad = { ...base, customer: { ...base.customer, timezone: 'KST' } };
    expect(truth({ attribute: 'birthday', op: 'anniversary' }, bad)).toBe(true);
  });
});
