import {
  type CreateSegmentRequest,
  type ReviewSettings,
  reviewSettingsSchema,
  type SegmentImportResponse,
  segmentChangeRequestListSchema,
  segmentImportResponseSchema,
  segmentListResponseSchema,
  segmentPreviewSchema,
  segmentSchema,
  type UpdateSegmentRequest,
  updateSegmentResponseSchema,
} from '@journeyflow/shared/api/segments';
import type { Condition } from '@journeyflow/shared/journey/condition';
import { z } from 'zod';
import { ApiError } from '../../api/ApiError';
import { api } from '../../api/api';
import { apiUrl } from '../../api/apiUrl';

export const segmentsClient = {
  list: (signal?: AbortSignal) => api.get('/api/segments', { schema: segmentListResponseSchema, signal }),
  create: (body: CreateSegmentRequest) => api.post('/api/segments', { body, schema: segmentSchema }),
  changeRequests: (signal?: AbortSignal) =>
    api.get('/api/segment-change-requests', { schema: segmentChangeRequestListSchema, signal }),
  decideChange: (id: string, decision: 'approve' | 'reject') =>
    api.post(`/api/segment-change-requests/{id}/${decision}`, {
      path: { id },
      schema: z.unknown(),
    }),
  reviewSettings: (signal?: AbortSignal) =>
    api.get('/api/review-settings', { schema: reviewSettingsSchema, signal }),
  saveReviewSettings: (body: ReviewSettings) =>
    api.put('/api/review-settings', { body, schema: reviewSettingsSchema }),
  update: (id: string, body: UpdateSegmentRequest) =>
    api.put('/api/segments/{id}', {
      path: { id },
      body,
      schema: updateSegmentResponseSchema,
    }),
  remove: (id: string) => api.delete('/api/segments/{id}', { path: { id }, schema: z.unknown() }),
  /** Live count of an unsaved condition (the builder). */
  previewDraft: (condition: Condition, signal?: AbortSignal) =>
    api.post('/api/segments/preview', {
      body: { condition },
      schema: segmentPreviewSchema,
      signal,
    }),
  preview: (id: string, signal?: AbortSignal) =>
    api.get('/api/segments/{id}/preview', { path: { id }, schema: segmentPreviewSchema, signal }),
};

const isJsonFile = (file: File) => file.type === 'application/json' || /\.json$/i.test(file.name);

/**
 * A JSON audience file's text as the import body: a bare array of external ids becomes
 * `{ externalIds }`; an object is sent as it is (the server validates it and answers 400 with the reason).
 */
export function jsonImportBody(text: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_json', 'The file is not valid JSON.');
  }
  return JSON.stringify(Array.isArray(parsed) ? { externalIds: parsed } : parsed);
}

/**
 * Uploads a CSV (as `text/csv`) or JSON (as `{ externalIds }`) audience file with XMLHttpRequest
 * rather than fetch, because only XHR reports upload progress (the progress bar); `onProgress` gets 0…1.
 */
export async function uploadSegmentFile(
  segmentId: string,
  file: File,
  onProgress: (fraction: number) => void,
  options: { readonly createUnknown?: boolean; readonly dryRun?: boolean } = {},
): Promise<SegmentImportResponse> {
  const json = isJsonFile(file);
  const body = json ? jsonImportBody(await file.text()) : file;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(
      'POST',
      apiUrl('post', '/api/segments/{id}/import', {
        path: { id: segmentId },
        query: {
          createUnknown:
            options.createUnknown === undefined ? undefined : options.createUnknown ? 'true' : 'false',
          dryRun: options.dryRun ? 'true' : undefined,
        },
      }),
    );
    xhr.setRequestHeader('Content-Type', json ? 'application/json' : 'text/csv');
    xhr.setRequestHeader('X-Requested-With', 'journeyflow');
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network_error', 'The server cannot be reached.'));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(segmentImportResponseSchema.parse(body));
        return;
      }
      const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
      reject(
        new ApiError(
          xhr.status,
          error?.code ?? 'import_failed',
          error?.message ?? `Import failed (${xhr.status})`,
        ),
      );
    };
    xhr.send(body);
  });
}
