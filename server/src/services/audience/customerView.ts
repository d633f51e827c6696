import type { Customer } from '@journeyflow/shared/api/customers';

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

const DAY_MS = 86_400_000;

/** A customer row as the API shows it, with `recency_days` derived at `now`. */
export const toCustomer = (row: CustomerRow, now: Date): Customer => {
  const consent = row.consent ?? {};
  const lastPurchase = row.last_purchase_at ? new Date(row.last_purchase_at) : null;
  return {
    id: row.id,
    externalId: row.external_id,
    attributes: row.attributes ?? {},
    timezone: row.timezone,
    locale: row.locale,
    grade: row.grade,
    rfm: {
      recency_days: lastPurchase ? Math.floor((now.getTime() - lastPurchase.getTime()) / DAY_MS) : null,
      frequency_90d: Number(row.frequency_90d),
      monetary_90d: Number(row.monetary_90d),
    },
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
