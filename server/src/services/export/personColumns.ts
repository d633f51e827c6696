import type { Role } from '@journeyflow/shared/api/auth';
import { personalDataFor } from '@journeyflow/shared/audience/personalData';
import type { ExportColumn } from './exportColumn';

/** What a row must carry to name the customer: the id and the personal fields. */
export type PersonRow = {
  readonly external_id: string;
  readonly name: string | null;
  readonly phone: string | null;
  readonly email: string | null;
};

/**
 * The columns that name the customer (id, name, phone, email), masked for roles that may not see personal
 * data: one home for every export that lists customers (customers, segment members, messages).
 */
export const personColumns = <Row extends PersonRow>(role: Role): ExportColumn<Row>[] => [
  { key: 'externalId', header: { ko: '고객 ID', en: 'Customer ID' }, value: (r) => r.external_id },
  { key: 'name', header: { ko: '이름', en: 'Name' }, value: (r) => personalDataFor(role, 'name', r.name) },
  {
    key: 'phone',
    header: { ko: '전화번호', en: 'Phone' },
    value: (r) => personalDataFor(role, 'phone', r.phone),
  },
  {
    key: 'email',
    header: { ko: '이메일', en: 'Email' },
    value: (r) => personalDataFor(role, 'email', r.email),
  },
];
