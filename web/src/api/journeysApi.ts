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
import { api } from './api';
import { journeySummaryViewSchema, journeyViewSchema } from './journeyViewSchema';

const journeyListViewSchema = z.object({ items: z.array(journeySummaryViewSchema) });

/** The journeys endpoints of SPEC §7, each answer checked against the shared schema. */
export type WorkflowAction = 'submit' | 'approve' | 'reject' | 'pause' | 'resume' | 'archive';

/** A version number, or the `live`/`draft` version, as `/diff` takes them. */
export type JourneyVersionRef = number | 'live' | 'draft';

export const journeysApi = {
  list: (query: JourneyListQuery, signal?: AbortSignal) =>
    api.get('/api/journeys', {
      query: { q: query.q || undefined, status: query.status || undefined },
      schema: journeyListViewSchema,
      signal,
    }),
  get: (id: string, signal?: AbortSignal) =>
    api.get('/api/journeys/{id}', { path: { id }, schema: journeyViewSchema, signal }),
  create: (body: CreateJourneyRequest) => api.post('/api/journeys', { body, schema: journeyViewSchema }),
  update: (id: string, body: UpdateJourneyRequest) =>
    api.put('/api/journeys/{id}', { path: { id }, body, schema: journeyViewSchema }),
  remove: (id: string) => api.delete('/api/journeys/{id}', { path: { id }, schema: z.unknown() }),
  validate: (id: string) =>
    api.post('/api/journeys/{id}/validate', { path: { id }, schema: validationResultSchema }),
  action: (id: string, action: WorkflowAction, comment?: string) =>
    api.post(`/api/journeys/{id}/${action}`, {
      path: { id },
      body: comment ? { comment } : {},
      // Workflow answers carry the updated journey; tolerate a bare `{ ok }` too.
      schema: z.unknown(),
    }),
  publish: (id: string, body: PublishRequest) =>
    api.post('/api/journeys/{id}/publish', { path: { id }, body, schema: publishResponseSchema }),
  versions: (id: string, signal?: AbortSignal) =>
    api.get('/api/journeys/{id}/versions', {
      path: { id },
      schema: journeyVersionListResponseSchema,
      signal,
    }),
  version: (id: string, version: number, signal?: AbortSignal) =>
    api.get('/api/journeys/{id}/versions/{n}', {
      path: { id, n: version },
      schema: journeyVersionSchema,
      signal,
    }),
  diff: (id: string, from: JourneyVersionRef, to: JourneyVersionRef, signal?: AbortSignal) =>
    api.get('/api/journeys/{id}/diff', {
      path: { id },
      query: { from, to },
      schema: journeyDiffResponseSchema,
      signal,
    }),
  audit: (id: string, signal?: AbortSignal) =>
    api.get('/api/journeys/{id}/audit', { path: { id }, schema: auditListResponseSchema, signal }),
  comments: (id: string, signal?: AbortSignal) =>
    api.get('/api/journeys/{id}/comments', {
      path: { id },
      schema: journeyCommentListResponseSchema,
      signal,
    }),
  addComment: (id: string, body: { body: string; nodeId?: string }) =>
    api.post('/api/journeys/{id}/comments', { path: { id }, body, schema: journeyCommentSchema }),
  resolveComment: (id: string, commentId: string, resolved: boolean) =>
    api.patch('/api/journeys/{id}/comments/{commentId}', {
      path: { id, commentId },
      body: { resolved },
      schema: journeyCommentSchema,
    }),
};
