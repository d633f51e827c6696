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
import { api } from '../../api/api';
import { queryKeys } from '../../api/queryKeys';

/** The test-send query keys (defined with all the others in `queryKeys`). */
export const testSendKeys = queryKeys.testSend;

/** `/api/test-recipients` and `/api/test-sends`. */
export const testSendClient = {
  recipients: (signal?: AbortSignal) =>
    api.get('/api/test-recipients', { schema: testRecipientListResponseSchema, signal }),
  addRecipient: (body: CreateTestRecipientRequest) =>
    api.post('/api/test-recipients', { body, schema: createTestRecipientResponseSchema }),
  removeRecipient: (id: string) =>
    api.delete('/api/test-recipients/{id}', { path: { id }, schema: z.undefined() }),
  verify: (id: string, code: string) =>
    api.post('/api/test-recipients/{id}/verify', {
      path: { id },
      body: { code },
      schema: testRecipientSchema,
    }),
  resendCode: (id: string) =>
    api.post('/api/test-recipients/{id}/code', {
      path: { id },
      schema: verificationSentSchema,
    }),
  send: (body: TestSendRequest) => api.post('/api/test-sends', { body, schema: testSendResponseSchema }),
};
