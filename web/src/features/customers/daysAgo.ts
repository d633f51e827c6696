import type { Translate } from '../../i18n/useT';

/** "today", "yesterday", otherwise "N days ago" (RFM recency is whole days). */
export const daysAgo = (t: Translate, days: number): string => {
  if (days <= 0) return t('customers.today');
  if (days === 1) return t('customers.yesterday');
  return t('customers.daysAgo', { days });
};
