import {
  type CreateTemplateRequest,
  type TemplatePreviewRequest,
  templateListResponseSchema,
  templatePreviewResponseSchema,
  templateSchema,
  templateVersionListResponseSchema,
} from '@journeyflow/shared/api/templates';
import { z } from 'zod';
import { apiRequest } from './apiRequest';

/** The templates API (SPEC §7), typed from the shared schemas: the one client of the templates screen, the editor's template picker, compliance checks and cost estimates. */
export const templatesApi = {
  list: (signal?: AbortSignal) =>
    apiRequest('/api/templates', { schema: templateListResponseSchema, signal }),
  create: (body: CreateTemplateRequest) =>
    apiRequest('/api/templates', { method: 'POST', body, schema: templateSchema }),
  update: (id: string, body: CreateTemplateRequest) =>
    apiRequest(`/api/templates/${encodeURIComponent(id)}`, { method: 'PUT', body, schema: templateSchema }),
  versions: (id: string, signal?: AbortSignal) =>
    apiRequest(`/api/templates/${encodeURIComponent(id)}/versions`, {
      schema: templateVersionListResponseSchema,
      signal,
    }),
  remove: (id: string) =>
    apiRequest(`/api/templates/${encodeURIComponent(id)}`, { method: 'DELETE', schema: z.undefined() }),
  preview: (id: string, body: TemplatePreviewRequest) =>
    apiRequest(`/api/templates/${encodeURIComponent(id)}/preview`, {
      method: 'POST',
      body,
      schema: templatePreviewResponseSchema,
    }),
};
