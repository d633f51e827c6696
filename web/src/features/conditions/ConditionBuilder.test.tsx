import type { Condition } from '@journeyflow/shared/journey/condition';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../../api/queryKeys';
import { useLocaleStore } from '../../i18n/localeStore';
import { ConditionBuilderHarness } from './testing/ConditionBuilderHarness';

function renderBuilder(initial: Condition) {
  const onValue = vi.fn();
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  });
  client.setQueryData(queryKeys.grades.tiers, {
    tiers: [
      { name: 'VIP', rule: null },
      { name: 'Gold', rule: null },
    ],
  });
  client.setQueryData(queryKeys.catalog.all, {
    windowDays: 90,
    events: [],
    attributes: ['membership.level', 'gender'],
  });
  render(
    <QueryClientProvider client={client}>
      <ConditionBuilderHarness initial={initial} onValue={onValue} />
    </QueryClientProvider>,
  );
  return onValue;
}

const selected = (label: string) =>
  (screen.getByLabelText(label) as HTMLSelectElement).selectedOptions[0]?.textContent;

beforeEach(() => useLocaleStore.setState({ locale: 'ko' }));
afterEach(() => {
  cleanup();
  useLocaleStore.setState({ locale: 'en' });
});

describe('condition builder for people (Korean)', () => {
  it('shows a stored amount rule in words and 원, and keeps the stored codes when edited', () => {
    const onValue = renderBuilder({ attribute: 'rfm.monetary_90d', op: 'gte', value: 1_000_000 });
    expect(selected('속성')).toBe('90일 구매 금액');
    expect(selected('비교 방법')).toBe('이상');
    expect(screen.getByLabelText('값')).toHaveProperty('value', '1,000,000');
    expect(screen.getByText('원')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('값'), { target: { value: '2,500,000' } });
    expect(onValue).toHaveBeenLastCalledWith({ attribute: 'rfm.monetary_90d', op: 'gte', value: 2_500_000 });
  });

  it('offers consent in words and stores "동의 안 함" as exists=false', () => {
    const onValue = renderBuilder({ attribute: '', op: 'eq', value: '' });
    fireEvent.change(screen.getByLabelText('속성'), { target: { value: 'consent.sms' } });
    expect(onValue).toHaveBeenLastCalledWith({ attribute: 'consent.sms', op: 'exists' });
    expect(selected('비교 방법')).toBe('동의함 (유효)');
    fireEvent.change(screen.getByLabelText('비교 방법'), { target: { value: 'not_exists' } });
    expect(onValue).toHaveBeenLastCalledWith({ attribute: 'consent.sms', op: 'exists', value: false });
    expect(screen.queryByLabelText('값')).toBeNull();
  });

  it('warns that "gold" matches no grade and fixes it to "Gold" in one click', () => {
    const onValue = renderBuilder({ attribute: 'grade', op: 'eq', value: 'gold' });
    expect(screen.getByTestId('cond-known-values').textContent).toContain('Gold');
    expect(screen.getByTestId('cond-unknown-value').textContent).toContain(
      '"gold"은(는) 등록된 등급이 아닙니다',
    );
    fireEvent.click(screen.getByRole('button', { name: '"Gold"(으)로 바꾸기' }));
    expect(onValue).toHaveBeenLastCalledWith({ attribute: 'grade', op: 'eq', value: 'Gold' });
    expect(screen.queryByTestId('cond-unknown-value')).toBeNull();
  });

  it('picks grades for "다음 중 하나" from chips, and a date with the calendar input', () => {
    const onValue = renderBuilder({ any: [{ attribute: 'grade', op: 'in', value: ['VIP'] }] });
    fireEvent.click(screen.getByRole('button', { name: 'Gold' }));
    expect(onValue).toHaveBeenLastCalledWith({
      any: [{ attribute: 'grade', op: 'in', value: ['VIP', 'Gold'] }],
    });
    fireEvent.change(screen.getByLabelText('속성'), { target: { value: 'predicted.next_purchase_at' } });
    expect(selected('비교 방법')).toBe('이전');
    expect(screen.getByLabelText('값').getAttribute('type')).toBe('date');
    fireEvent.change(screen.getByLabelText('값'), { target: { value: '2027-01-31' } });
    expect(onValue).toHaveBeenLastCalledWith({
      any: [{ attribute: 'predicted.next_purchase_at', op: 'before', value: '2027-01-31' }],
    });
  });

  it('lists custom attributes from the catalog and lets a path be typed', () => {
    const onValue = renderBuilder({ attribute: 'grade', op: 'eq', value: 'VIP' });
    expect(screen.getByRole('option', { name: 'membership.level' })).toBeTruthy();
    // A custom attribute the dictionary knows is named in words, not by its key.
    expect(screen.getByRole('option', { name: '성별' })).toBeTruthy();
    expect(screen.queryByRole('option', { name: 'gender' })).toBeNull();
    fireEvent.change(screen.getByLabelText('속성'), { target: { value: '__custom__' } });
    fireEvent.change(screen.getByLabelText('속성 경로'), { target: { value: 'tier.code' } });
    expect(onValue).toHaveBeenLastCalledWith({ attribute: 'tier.code', op: 'eq', value: 'VIP' });
  });
});
