import type { AcceptInvitationRequest, CreateInvitationRequest } from '@journeyflow/shared/api/invitations';
import {
  acceptInvitationResponseSchema,
  invitationLinkSchema,
  invitationListResponseSchema,
  invitationPreviewSchema,
} from '@journeyflow/shared/api/invitations';
import { type UpdateUserRequest, userListResponseSchema, userSchema } from '@journeyflow/shared/api/users';
import { z } from 'zod';
import { api } from '../../api/api';
import { queryKeys } from '../../api/queryKeys';

/** The team screens' query keys (defined with all the others in `queryKeys`). */
export const teamKeys = queryKeys.team;

/** `/api/users`, `/api/invitations` and password reset links. */
export const teamClient = {
  users: (signal?: AbortSignal) => api.get('/api/users', { schema: userListResponseSchema, signal }),
  updateUser: (id: string, body: UpdateUserRequest) =>
    api.patch('/api/users/{id}', { path: { id }, body, schema: userSchema }),
  resetLink: (id: string) =>
    api.post('/api/users/{id}/password-reset', {
      path: { id },
      schema: invitationLinkSchema,
    }),
  invitations: (signal?: AbortSignal) =>
    api.get('/api/invitations', { schema: invitationListResponseSchema, signal }),
  invite: (body: CreateInvitationRequest) =>
    api.post('/api/invitations', { body, schema: invitationLinkSchema }),
  revoke: (id: string) => api.delete('/api/invitations/{id}', { path: { id }, schema: z.undefined() }),
  preview: (token: string, signal?: AbortSignal) =>
    api.get('/api/invitations/{token}', { path: { token }, schema: invitationPreviewSchema, signal }),
  accept: (token: string, body: AcceptInvitationRequest) =>
    api.post('/api/invitations/{token}/accept', {
      path: { token },
      body,
      schema: acceptInvitationResponseSchema,
    }),
};
