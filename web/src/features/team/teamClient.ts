import type { AcceptInvitationRequest, CreateInvitationRequest } from '@journeyflow/shared/api/invitations';
import {
  acceptInvitationResponseSchema,
  invitationLinkSchema,
  invitationListResponseSchema,
  invitationPreviewSchema,
} from '@journeyflow/shared/api/invitations';
import { type UpdateUserRequest, userListResponseSchema, userSchema } from '@journeyflow/shared/api/users';
import { z } from 'zod';
import { apiRequest } from '../../api/apiRequest';

export const teamKeys = {
  users: ['team', 'users'] as const,
  invitations: ['team', 'invitations'] as const,
  invitation: (token: string) => ['team', 'invitation', token] as const,
};

/** `/api/users`, `/api/invitations` and password reset links. */
export const teamClient = {
  users: (signal?: AbortSignal) => apiRequest('/api/users', { schema: userListResponseSchema, signal }),
  updateUser: (id: string, body: UpdateUserRequest) =>
    apiRequest(`/api/users/${encodeURIComponent(id)}`, { method: 'PATCH', body, schema: userSchema }),
  resetLink: (id: string) =>
    apiRequest(`/api/users/${encodeURIComponent(id)}/password-reset`, {
      method: 'POST',
      schema: invitationLinkSchema,
    }),
  invitations: (signal?: AbortSignal) =>
    apiRequest('/api/invitations', { schema: invitationListResponseSchema, signal }),
  invite: (body: CreateInvitationRequest) =>
    apiRequest('/api/invitations', { method: 'POST', body, schema: invitationLinkSchema }),
  revoke: (id: string) =>
    apiRequest(`/api/invitations/${encodeURIComponent(id)}`, { method: 'DELETE', schema: z.undefined() }),
  preview: (token: string, signal?: AbortSignal) =>
    apiRequest(`/api/invitations/${encodeURIComponent(token)}`, { schema: invitationPreviewSchema, signal }),
  accept: (token: string, body: AcceptInvitationRequest) =>
    apiRequest(`/api/invitations/${encodeURIComponent(token)}/accept`, {
      method: 'POST',
      body,
      schema: acceptInvitationResponseSchema,
    }),
};
