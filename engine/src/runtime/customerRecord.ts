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
};

export const customerColumns =
  'id, workspace_id, external_id, attributes, timezone, locale, grade, consent, phone, email';

/** The customer columns of table alias `alias`, each renamed `<prefix><column>` (for joins). */
export function customerColumnsAs(alias: string, prefix: string): string {
  return customerColumns
    .split(', ')
    .map((column) => `${alias}.${column} as ${prefix}${column}`)
    .join(', ');
}

export function customerFromRow(row: Record<string, unknown>): CustomerRecord {
  return customerFromPrefixedRow(row, '');
}

/** A customer from columns named `<prefix><column>` of a joined row (see `customerColumnsAs`). */
export function customerFromPrefixedRow(row: Record<string, unknown>, prefix: string): CustomerRecord {
  const col = (name: string) => row[`${prefix}${name}`];
  return {
    id: String(col('id')),
    workspaceId: String(col('workspace_id')),
    externalId: String(col('external_id')),
    attributes: (col('attributes') ?? {}) as Record<string, unknown>,
    timezone: (col('timezone') as string | null) ?? null,
    locale: (col('locale') as string | null) ?? null,
    grade: (col('grade') as string | null) ?? null,
    consent: (col('consent') ?? {}) as Record<string, string | null>,
    phone: (col('phone') as string | null) ?? null,
    email: (col('email') as string | null) ?? null,
  };
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

/** The customer as the shared `evaluateCondition` reads it. */
export function conditionCustomer(customer: CustomerRecord): ConditionCustomer {
  const rfm = customer.attributes.rfm;
  return {
    externalId: customer.externalId,
    attributes: customer.attributes,
    grade: customer.grade,
    timezone: customer.timezone,
    locale: customer.locale,
    consent: customer.consent,
    ...(rfm && typeof rfm === 'object' ? { rfm: rfm as ConditionCustomer['rfm'] } : {}),
  };
}
