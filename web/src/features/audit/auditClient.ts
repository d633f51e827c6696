import { workspaceAuditListResponseSchema } from '@journeyflow/shared/api/audit';
import { apiRequest } from '../../api/apiRequest';
import { type AuditFilters, auditSearchParams } from './auditQuery';

export const auditClient = {
  page: (filters: AuditFilters, cursor: string | undefined, signal?: AbortSignal) =>
    apiRequest(`/api/audit?${auditSearchParams(filters, { limit: '50', cursor: cursor ?? '' })}`, {
      schema: workspaceAuditListResponseSchema,
      signal,
    }),
  exportUrl: (filters: AuditFilters) => `/api/audit/export?${auditSearchParams(filters, { format: 'csv' })}`,
};
