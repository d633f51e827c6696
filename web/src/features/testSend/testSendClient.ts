import {
  type CreateTestRecipientRequest,
  createTestRecipientResponseSchema,
  type TestSendRequest,
  testRecipientListResponseSchema,
  testRecipientSchema,
  testSendResponseSchema,
  verificationSentSchema,
} from '@journeyflow/shared/api/testSends';
import { z } from 'zod';
import { apiRequest } from '../../api/apiRequest';

export const testSendKeys = { recipients: ['test-recipients'] as const };

/** `/api/test-recipients` and `/api/test-sends`. */
export const testSendClient = {
  recipients: (signal?: AbortSignal) =>
    apiRequest('/api/test-recipients', { schema: testRecipientListResponseSchema, signal }),
  addRecipient: (body: CreateTestRecipientRequest) =>
    apiRequest('/api/test-recipients', { method: 'POST', body, schema: createTestRecipientResponseSchema }),
  removeRecipient: (id: string) =>
    apiRequest(`/api/test-recipients/${encodeURIComponent(id)}`, { method: 'DELETE', schema: z.undefined() }),
  verify: (id: string, code: string) =>
    apiRequest(`/api/test-recipients/${encodeURIComponent(id)}/verify`, {
      method: 'POST',
      body: { code },
      schema: testRecipientSchema,
    }),
  resendCode: (id: string) =>
    apiRequest(`/api/test-recipients/${encodeURIComponent(id)}/code`, {
      method: 'POST',
      schema: verificationSentSchema,
    }),
  send: (body: TestSendRequest) =>
    apiRequest('/api/test-sends', { method: 'POST', body, schema: testSendResponseSchema }),
};
