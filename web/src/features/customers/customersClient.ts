import { type CustomerListQuery, customerListResponseSchema } from '@journeyflow/shared/api/customers';
import { customerDetailSchema, customerEraseResultSchema } from '@journeyflow/shared/audience/customerDetail';
import { apiRequest } from '../../api/apiRequest';

export const customersClient = {
  list: (query: CustomerListQuery, signal?: AbortSignal) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query))
      if (value !== undefined && value !== '') params.set(key, String(value));
    return apiRequest(`/api/customers?${params}`, { schema: customerListResponseSchema, signal });
  },
  get: (externalId: string, signal?: AbortSignal) =>
    apiRequest(`/api/customers/${encodeURIComponent(externalId)}`, { schema: customerDetailSchema, signal }),
  erase: (externalId: string) =>
    apiRequest(`/api/customers/${encodeURIComponent(externalId)}`, {
      method: 'DELETE',
      schema: customerEraseResultSchema,
    }),
};
