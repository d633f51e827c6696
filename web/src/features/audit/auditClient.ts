import { workspaceAuditListResponseSchema } from '@journeyflow/shared/api/audit';
import { api } from '../../api/api';
import { apiUrl } from '../../api/apiUrl';
import { type AuditFilters, auditQuery } from './auditQuery';

export const auditClient = {
  page: (filters: AuditFilters, cursor: string | undefined, signal?: AbortSignal) =>
    api.get('/api/audit', {
      query: { ...auditQuery(filters), limit: 50, cursor: cursor ?? '' },
      schema: workspaceAuditListResponseSchema,
      signal,
    }),
  exportUrl: (filters: AuditFilters) =>
    apiUrl('get', '/api/audit/export', { query: { ...auditQuery(filters), format: 'csv' } }),
};
