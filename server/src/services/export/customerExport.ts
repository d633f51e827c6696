import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { Role } from '@journeyflow/shared/api/auth';
import type { CustomerExportQuery } from '@journeyflow/shared/api/exports';
import { customerListWhere } from '../audience/customerQueries';
import type { ExportColumn } from './exportColumn';
import { keysetPages } from './keysetPages';
import { personColumns } from './personColumns';

export type CustomerExportRow = {
  id: string;
  external_id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  grade: string | null;
  timezone: string | null;
  consent: Record<string, string | null> | null;
  last_purchase_at: Date | string | null;
  frequency_90d: number;
  monetary_90d: number;
  created_at: Date | string;
  entered_at?: Date | string | null;
};

/** The select list `customerColumns` reads, on alias `c`. */
export const CUSTOMER_EXPORT_SELECT = `c.id, c.external_id, c.attributes ->> 'name' as name,
  coalesce(c.phone, c.attributes ->> 'phone') as phone, coalesce(c.email, c.attributes ->> 'email') as email,
  c.grade, c.timezone, c.consent, c.last_purchase_at, c.frequency_90d, c.monetary_90d, c.created_at`;

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null);

const consentColumn = (channel: string, ko: string, en: string): ExportColumn<CustomerExportRow> => ({
  key: `consent.${channel}`,
  header: { ko: `${ko} 수신 동의`, en: `${en} consent` },
  value: (r) => r.consent?.[channel] ?? null,
});

export const customerColumns = (role: Role): ExportColumn<CustomerExportRow>[] => [
  ...personColumns<CustomerExportRow>(role),
  { key: 'grade', header: { ko: '등급', en: 'Grade' }, value: (r) => r.grade },
  { key: 'timezone', header: { ko: '시간대', en: 'Time zone' }, value: (r) => r.timezone },
  {
    key: 'lastPurchaseAt',
    header: { ko: '최근 구매', en: 'Last purchase' },
    value: (r) => iso(r.last_purchase_at),
  },
  {
    key: 'frequency90d',
    header: { ko: '90일 구매 횟수', en: 'Purchases (90 d)' },
    value: (r) => Number(r.frequency_90d),
  },
  {
    key: 'monetary90d',
    header: { ko: '90일 구매액', en: 'Spend (90 d)' },
    value: (r) => Number(r.monetary_90d),
  },
  consentColumn('sms', '문자', 'SMS'),
  consentColumn('kakao', '카카오', 'Kakao'),
  consentColumn('push', '푸시', 'Push'),
  consentColumn('email', '이메일', 'Email'),
  consentColumn('night', '야간', 'Night'),
  { key: 'createdAt', header: { ko: '가입일', en: 'Created at' }, value: (r) => iso(r.created_at) },
];

/** Every customer matching the list's search and filters, in id order, a page at a time. */
export const customerExport = (
  sql: SqlClient,
  workspaceId: string,
  role: Role,
  query: CustomerExportQuery,
) => ({
  columns: customerColumns(role),
  pages: keysetPages<CustomerExportRow, string>({
    cursorOf: (row) => row.id,
    fetchPage: (after, limit) => {
      const params: unknown[] = [];
      const where = customerListWhere(workspaceId, query, params);
      if (after !== null) {
        params.push(after);
        where.push(`c.id > $${params.length}`);
      }
      params.push(limit);
      return sql.query<CustomerExportRow>(
        `select ${CUSTOMER_EXPORT_SELECT} from customers c where ${where.join(' and ')}
          order by c.id limit $${params.length}`,
        params,
      );
    },
  }),
});
