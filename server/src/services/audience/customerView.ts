import type { Customer } from '@journeyflow/shared/api/customers';
import { rfmFromColumns } from '@journeyflow/shared/audience/customerConditionView';

/** Columns `toCustomer` reads (alias `c`). */
export const CUSTOMER_COLUMNS =
  'c.id, c.external_id, c.attributes, c.timezone, c.locale, c.grade, c.consent, c.last_purchase_at, c.frequency_90d, c.monetary_90d, c.created_at, c.updated_at';

export type CustomerRow = {
  id: string;
  external_id: string;
  attributes: Record<string, unknown> | null;
  timezone: string | null;
  locale: string | null;
  grade: string | null;
  consent: Record<string, string | null> | null;
  last_purchase_at: Date | string | null;
  frequency_90d: number;
  monetary_90d: number;
  created_at: Date | string;
  updated_at: Date | string;
};

/** A customer row as the API shows it, with `recency_days` derived at `now`. */
export const toCustomer = (row: CustomerRow, now: Date): Customer => {
  const consent = row.consent ?? {};
  return {
    id: row.id,
    externalId: row.external_id,
    attributes: row.attributes ?? {},
    timezone: row.timezone,
    locale: row.locale,
    grade: row.grade,
    // The same RFM the journey conditions read (one view, built from the columns).
    rfm: rfmFromColumns(
      {
        lastPurchaseAt: row.last_purchase_at,
        frequency90d: row.frequency_90d,
        monetary90d: row.monetary_90d,
      },
      now,
    ),
    consent: {
      sms: consent.sms ?? null,
      kakao: consent.kakao ?? null,
      push: consent.push ?? null,
      email: consent.email ?? null,
      night: consent.night ?? null,
    },
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
};
