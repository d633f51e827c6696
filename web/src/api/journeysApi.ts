import {
  auditListResponseSchema,
  type CreateJourneyRequest,
  type JourneyListQuery,
  journeyCommentListResponseSchema,
  journeyCommentSchema,
  journeyDiffResponseSchema,
  journeyVersionListResponseSchema,
  journeyVersionSchema,
  type PublishRequest,
  publishResponseSchema,
  type UpdateJourneyRequest,
} from '@journeyflow/shared/api/journeys';
import { validationResultSchema } from '@journeyflow/shared/journey/validationIssue';
import { z } from 'zod';
import { apiRequest } from './apiRequest';
import { journeySummaryViewSchema, journeyViewSchema } from './journeyViewSchema';

const journeyListViewSchema = z.object({ items: z.array(journeySummaryViewSchema) });

/** The journeys endpoints of SPEC §7, each answer checked against the shared schema. */
export type WorkflowAction = 'submit' | 'approve' | 'reject' | 'pause' | 'resume' | 'archive';

const base = (id: string) => `/api/journeys/${encodeURIComponent(id)}`;

export const journeysApi = {
  list: (query: JourneyListQuery, signal?: AbortSignal) => {
    const params = new URLSearchParams();
    if (query.q) params.set('q', query.q);
    if (query.status) params.set('status', query.status);
    const search = params.toString();
    return apiRequest(`/api/journeys${search ? `?${search}` : ''}`, {
      schema: journeyListViewSchema,
      signal,
    });
  },
  get: (id: string, signal?: AbortSignal) => apiRequest(base(id), { schema: journeyViewSchema, signal }),
  create: (body: CreateJourneyRequest) =>
    apiRequest('/api/journeys', { method: 'POST', body, schema: journeyViewSchema }),
  update: (id: string, body: UpdateJourneyRequest) =>
    apiRequest(base(id), { method: 'PUT', body, schema: journeyViewSchema }),
  remove: (id: string) => apiRequest(base(id), { method: 'DELETE', schema: z.unknown() }),
  validate: (id: string) =>
    apiRequest(`${base(id)}/validate`, { method: 'POST', schema: validationResultSchema }),
  action: (id: string, action: WorkflowAction, comment?: string) =>
    apiRequest(`${base(id)}/${action}`, {
      method: 'POST',
      body: comment ? { comment } : {},
      // Workflow answers carry the updated journey; tolerate a bare `{ ok }` too.
      schema: z.unknown(),
    }),
  publish: (id: string, body: PublishRequest) =>
    apiRequest(`${base(id)}/publish`, { method: 'POST', body, schema: publishResponseSchema }),
  versions: (id: string, signal?: AbortSignal) =>
    apiRequest(`${base(id)}/versions`, { schema: journeyVersionListResponseSchema, signal }),
  version: (id: string, version: number, signal?: AbortSignal) =>
    apiRequest(`${base(id)}/versions/${version}`, { schema: journeyVersionSchema, signal }),
  diff: (id: string, from: string, to: string, signal?: AbortSignal) =>
    apiRequest(`${base(id)}/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, {
      schema: journeyDiffResponseSchema,
      signal,
    }),
  audit: (id: string, signal?: AbortSignal) =>
    apiRequest(`${base(id)}/audit`, { schema: auditListResponseSchema, signal }),
  comments: (id: string, signal?: AbortSignal) =>
    apiRequest(`${base(id)}/comments`, { schema: journeyCommentListResponseSchema, signal }),
  addComment: (id: string, body: { body: string; nodeId?: string }) =>
    apiRequest(`${base(id)}/comments`, { method: 'POST', body, schema: journeyCommentSchema }),
  resolveComment: (id: string, commentId: string, resolved: boolean) =>
    apiRequest(`${base(id)}/comments/${encodeURIComponent(commentId)}`, {
      method: 'PATCH',
      body: { resolved },
      schema: journeyCommentSchema,
    }),
};
