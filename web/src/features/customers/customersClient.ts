import { type CustomerListQuery, customerPageSchema } from '@journeyflow/shared/api/customers';
import { customerDetailSchema, customerEraseResultSchema } from '@journeyflow/shared/audience/customerDetail';
import { api } from '../../api/api';
import { pageQuery } from '../../api/pageQuery';

export const customersClient = {
  /** One page (50 customers) after `cursor`, with the total; the first page when `cursor` is undefined. */
  page: (query: CustomerListQuery, cursor: string | undefined, signal?: AbortSignal) =>
    api.get('/api/customers', {
      query: pageQuery({ ...query, limit: 50 }, cursor),
      schema: customerPageSchema,
      signal,
    }),
  get: (externalId: string, signal?: AbortSignal) =>
    api.get('/api/customers/{externalId}', { path: { externalId }, schema: customerDetailSchema, signal }),
  erase: (externalId: string) =>
    api.delete('/api/customers/{externalId}', { path: { externalId }, schema: customerEraseResultSchema }),
};
