import {
  type CreateTemplateRequest,
  type TemplatePreviewRequest,
  templateListResponseSchema,
  templatePreviewResponseSchema,
  templateSchema,
  templateVersionListResponseSchema,
} from '@journeyflow/shared/api/templates';
import { z } from 'zod';
import { apiRequest } from '../../api/apiRequest';

export const templateQueryKeys = {
  all: ['templates'] as const,
  list: ['templates', 'list'] as const,
  preview: (id: string, externalId: string) => ['templates', 'preview', id, externalId] as const,
  versions: (id: string) => ['templates', 'versions', id] as const,
};

/** The templates API (SPEC §7), typed from the shared schemas. */
export const templatesClient = {
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
