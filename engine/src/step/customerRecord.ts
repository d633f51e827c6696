import { customerConditionView } from '@journeyflow/shared/audience/customerConditionView';
import type { ConditionCustomer } from '@journeyflow/shared/journey/evaluateCondition';
/** The customer as node semantics see it: profile columns plus free-form attributes. */
export type CustomerRecord = {
  id: string;
  workspaceId: string;
  externalId: string;
  attributes: Record<string, unknown>;
  timezone: string | null;
  locale: string | null;
  grade: string | null;
  consent: Record<string, string | null>;
  phone: string | null;
  email: string | null;
  /** RFM inputs kept by the audience (columns, not attributes); read through `conditionCustomer`. */
  lastPurchaseAt: Date | string | null;
  frequency90d: number;
  monetary90d: number;
};

export const customerColumns =
  'id, workspace_id, external_id, attributes, timezone, locale, grade, consent, phone, email, last_purchase_at, frequency_90d, monetary_90d';

/** The customer columns of a join on `customers c`, renamed `cust_<column>` (read by `customerFromJoinedRow`). */
export const joinedCustomerColumns = customerColumns
  .split(', ')
  .map((column) => `c.${column} as cust_${column}`)
  .join(', ');

/** The customer of a row holding `customerColumns`, each name behind `prefix`. */
function readCustomer(row: Record<string, unknown>, prefix: '' | 'cust_'): CustomerRecord {
  const column = (name: string) => row[prefix + name];
  return {
    id: String(column('id')),
    workspaceId: String(column('workspace_id')),
    externalId: String(column('external_id')),
    attributes: (column('attributes') ?? {}) as Record<string, unknown>,
    timezone: (column('timezone') as string | null) ?? null,
    locale: (column('locale') as string | null) ?? null,
    grade: (column('grade') as string | null) ?? null,
    consent: (column('consent') ?? {}) as Record<string, string | null>,
    phone: (column('phone') as string | null) ?? null,
    email: (column('email') as string | null) ?? null,
    lastPurchaseAt: (column('last_purchase_at') as Date | string | null) ?? null,
    frequency90d: Number(column('frequency_90d') ?? 0),
    monetary90d: Number(column('monetary_90d') ?? 0),
  };
}

/** The customer of a row selected with `customerColumns`. */
export function customerFromRow(row: Record<string, unknown>): CustomerRecord {
  return readCustomer(row, '');
}

/** The customer of a row selected with `joinedCustomerColumns`. */
export function customerFromJoinedRow(row: Record<string, unknown>): CustomerRecord {
  return readCustomer(row, 'cust_');
}

/**
 * The flat view conditions and templates read: built-ins (`grade`, `timezone`, `consent.sms`, `phone`)
 * beside custom attributes, so `customer.name` and `grade` both resolve.
 */
export function customerView(customer: CustomerRecord): Record<string, unknown> {
  return {
    ...customer.attributes,
    externalId: customer.externalId,
    grade: customer.grade ?? customer.attributes.grade,
    timezone: customer.timezone ?? customer.attributes.timezone,
    locale: customer.locale ?? customer.attributes.locale,
    consent: customer.consent,
    phone: customer.phone ?? customer.attributes.phone,
    email: customer.email ?? customer.attributes.email,
  };
}

/** The customer as the shared `evaluateCondition` reads it at `now` (one view: `customerConditionView`). */
export function conditionCustomer(customer: CustomerRecord, now: Date): ConditionCustomer {
  return customerConditionView(customer, now);
}
