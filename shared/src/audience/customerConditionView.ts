import type { Rfm } from '../api/customers';
import type { ConditionCustomer } from '../journey/evaluateCondition';

const DAY_MS = 86_400_000;

/**
 * A customer as stored: the profile columns the audience keeps (`grade`, `consent`, and the RFM inputs
 * `last_purchase_at`, `frequency_90d`, `monetary_90d`, written by the audience's RFM job) plus the
 * free-form attributes. Numeric columns may arrive as strings from some drivers.
 */
export type CustomerColumns = {
  readonly externalId?: string;
  readonly attributes: Readonly<Record<string, unknown>>;
  readonly grade: string | null;
  readonly timezone: string | null;
  readonly locale: string | null;
  readonly consent: Readonly<Record<string, string | null | undefined>>;
  readonly lastPurchaseAt: Date | string | null;
  readonly frequency90d: number | string | null;
  readonly monetary90d: number | string | null;
};

/**
 * Whole days since the last purchase, never negative: an event stamped a moment ahead of the reader's
 * clock (another process, a scaled demo clock) counts as today, not as "-1 days ago". The segment SQL
 * (`compileCondition`) computes the same `greatest(0, floor(...))`.
 */
export const recencyDays = (lastPurchaseAt: Date | string | null | undefined, now: Date): number | null => {
  if (!lastPurchaseAt) return null;
  const last = new Date(lastPurchaseAt).getTime();
  if (Number.isNaN(last)) return null;
  return Math.max(0, Math.floor((now.getTime() - last) / DAY_MS));
};

/** The RFM metrics of a customer at `now`, from the columns (the only place RFM is stored). */
export const rfmFromColumns = (
  columns: Pick<CustomerColumns, 'lastPurchaseAt' | 'frequency90d' | 'monetary90d'>,
  now: Date,
): Rfm => ({
  recency_days: recencyDays(columns.lastPurchaseAt, now),
  frequency_90d: Number(columns.frequency90d ?? 0),
  monetary_90d: Number(columns.monetary90d ?? 0),
});

/**
 * THE customer view conditions read (`grade`, `timezone`, `consent.<channel>`, `rfm.<metric>`, custom
 * attributes): journey conditions in the engine, entry `where`, splits, goals, and the test-run simulator
 * all build it here from the customer row's columns, and the customer API shows the same RFM — so a
 * condition, a profile and a segment preview (whose SQL reads the same columns) cannot disagree.
 */
export const customerConditionView = (columns: CustomerColumns, now: Date): ConditionCustomer => {
  // Built as a plain literal (no leading `...(cond ? {} : {...})` spread): V8 ran that shape ~1000× slower,
  // and every step that renders a message builds this view (issue #15 step CPU).
  const view: { -readonly [K in keyof ConditionCustomer]: ConditionCustomer[K] } = {
    attributes: columns.attributes,
    grade: columns.grade,
    timezone: columns.timezone,
    locale: columns.locale,
    consent: columns.consent,
    rfm: rfmFromColumns(columns, now),
  };
  if (columns.externalId !== undefined) view.externalId = columns.externalId;
  return view;
};
