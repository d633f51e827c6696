import { templateListResponseSchema, templatePreviewResponseSchema } from '@journeyflow/shared/api/templates';
import { apiRequest } from './apiRequest';

export const templateKeys = { list: ['templates', 'list'] as const };

export const templatesApi = {
  list: (signal?: AbortSignal) =>
    apiRequest('/api/templates', { schema: templateListResponseSchema, signal }),
  preview: (id: string, body: Record<string, unknown> = {}) =>
    apiRequest(`/api/templates/${encodeURIComponent(id)}/preview`, {
      method: 'POST',
      body,
      schema: templatePreviewResponseSchema,
    }),
};
