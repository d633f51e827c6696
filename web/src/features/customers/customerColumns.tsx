import type { Role } from '@journeyflow/shared/api/auth';
import type { Customer } from '@journeyflow/shared/api/customers';
import { personalDataFor } from '@journeyflow/shared/audience/personalData';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/dictionary';
import { wonLabel } from '../../i18n/labels';
import type { Translate } from '../../i18n/useT';
import { daysAgo } from './daysAgo';

export type CustomerColumn = {
  readonly key: string;
  readonly label: MessageKey;
  readonly defaultShown: boolean;
  readonly cell: (c: Customer, ctx: { t: Translate; role: Role }) => ReactNode;
};

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The optional columns of the customer list (the external id is always shown); order is display order. */
export const customerColumns: readonly CustomerColumn[] = [
  { key: 'name', label: 'customers.name', defaultShown: true, cell: (c) => text(c.attributes.name) },
  {
    key: 'grade',
    label: 'customers.grade',
    defaultShown: true,
    cell: (c) => (c.grade ? <span className="jf-badge">{c.grade}</span> : '—'),
  },
  {
    key: 'spend90',
    label: 'customers.spend90',
    defaultShown: true,
    cell: (c, { t }) => wonLabel(t, c.rfm.monetary_90d),
  },
  {
    key: 'lastPurchase',
    label: 'customers.lastPurchase',
    defaultShown: true,
    cell: (c, { t }) => (c.rfm.recency_days === null ? '—' : daysAgo(t, c.rfm.recency_days)),
  },
  {
    key: 'phone',
    label: 'customers.col.phone',
    defaultShown: false,
    cell: (c, { role }) => personalDataFor(role, 'phone', c.attributes.phone) ?? '',
  },
  {
    key: 'email',
    label: 'customers.col.email',
    defaultShown: false,
    cell: (c, { role }) => personalDataFor(role, 'email', c.attributes.email) ?? '',
  },
  {
    key: 'created',
    label: 'customers.col.created',
    defaultShown: false,
    cell: (c) => new Date(c.createdAt).toLocaleString(),
  },
  {
    key: 'updated',
    label: 'customers.updated',
    defaultShown: true,
    cell: (c) => new Date(c.updatedAt).toLocaleString(),
  },
];

const STORAGE_KEY = 'journeyflow.customers.columns';

/** The columns the reader chose last time (kept in this browser), else the defaults. */
export const loadShownColumns = (): string[] => {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (Array.isArray(saved)) return saved.filter((k): k is string => typeof k === 'string');
  } catch {
    // A damaged value falls back to the defaults.
  }
  return customerColumns.filter((c) => c.defaultShown).map((c) => c.key);
};

export const saveShownColumns = (keys: readonly string[]) =>
  localStorage.setItem(STORAGE_KEY, JSON.stringify(keys));
