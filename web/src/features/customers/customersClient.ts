import { type CustomerListQuery, customerPageSchema } from '@journeyflow/shared/api/customers';
import { customerDetailSchema, customerEraseResultSchema } from '@journeyflow/shared/audience/customerDetail';
import { apiRequest } from '../../api/apiRequest';
import { pageSearchParams } from '../../api/pageQuery';

export const customersClient = {
  /** One page (50 customers) after `cursor`, with the total; the first page when `cursor` is undefined. */
  page: (query: CustomerListQuery, cursor: string | undefined, signal?: AbortSignal) =>
    apiRequest(`/api/customers?${pageSearchParams({ ...query, limit: 50 }, cursor)}`, {
      schema: customerPageSchema,
      signal,
    }),
  get: (externalId: string, signal?: AbortSignal) =>
    apiRequest(`/api/customers/${encodeURIComponent(externalId)}`, { schema: customerDetailSchema, signal }),
  erase: (externalId: string) =>
    apiRequest(`/api/customers/${encodeURIComponent(externalId)}`, {
      method: 'DELETE',
      schema: customerEraseResultSchema,
    }),
};
