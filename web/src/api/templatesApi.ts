import {
  type CreateTemplateRequest,
  type TemplatePreviewRequest,
  templateListResponseSchema,
  templatePreviewResponseSchema,
  templateSchema,
  templateVersionListResponseSchema,
} from '@journeyflow/shared/api/templates';
import { z } from 'zod';
import { api } from './api';

/** The templates API (SPEC §7), typed from the shared schemas: the one client of the templates screen, the editor's template picker, compliance checks and cost estimates. */
export const templatesApi = {
  list: (signal?: AbortSignal) => api.get('/api/templates', { schema: templateListResponseSchema, signal }),
  create: (body: CreateTemplateRequest) => api.post('/api/templates', { body, schema: templateSchema }),
  update: (id: string, body: CreateTemplateRequest) =>
    api.put('/api/templates/{id}', { path: { id }, body, schema: templateSchema }),
  versions: (id: string, signal?: AbortSignal) =>
    api.get('/api/templates/{id}/versions', {
      path: { id },
      schema: templateVersionListResponseSchema,
      signal,
    }),
  remove: (id: string) => api.delete('/api/templates/{id}', { path: { id }, schema: z.undefined() }),
  preview: (id: string, body: TemplatePreviewRequest) =>
    api.post('/api/templates/{id}/preview', {
      path: { id },
      body,
      schema: templatePreviewResponseSchema,
    }),
};
