import { z } from 'zod';
import { roleSchema, userEmailSchema } from './auth';
import { isoTimestampSchema, listResponseSchema } from './common';
import { passwordSchema } from './users';

/** An invitation (or a password reset link) stays usable this long. */
export const INVITATION_TTL_SECONDS = 7 * 24 * 3600;
export const PASSWORD_RESET_TTL_SECONDS = 24 * 3600;

/** `POST /api/invitations` (admin, SPEC §7a). */
export const createInvitationRequestSchema = z.object({
  email: userEmailSchema,
  role: roleSchema,
});
export type CreateInvitationRequest = z.infer<typeof createInvitationRequestSchema>;

/** The link is in this answer only; the server keeps its hash. */
export const invitationLinkSchema = z.object({
  id: z.string(),
  url: z.string(),
  expiresAt: isoTimestampSchema,
});
export type InvitationLink = z.infer<typeof invitationLinkSchema>;

export const invitationKindSchema = z.enum(['invite', 'password_reset']);
export type InvitationKind = z.infer<typeof invitationKindSchema>;

export const invitationSchema = z.object({
  id: z.string(),
  kind: invitationKindSchema,
  email: z.string(),
  role: roleSchema,
  /** pending | accepted | expired | revoked */
  status: z.enum(['pending', 'accepted', 'expired', 'revoked']),
  /** True when the workspace's email channel (SMTP) also mailed the link. */
  emailed: z.boolean(),
  createdAt: isoTimestampSchema,
  expiresAt: isoTimestampSchema,
});
export type Invitation = z.infer<typeof invitationSchema>;
export const invitationListResponseSchema = listResponseSchema(invitationSchema);

/** `GET /api/invitations/:token` (public): what the accept page shows. */
export const invitationPreviewSchema = z.object({
  kind: invitationKindSchema,
  email: z.string(),
  role: roleSchema,
  workspaceName: z.string(),
  expiresAt: isoTimestampSchema,
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

/** `POST /api/invitations/:token/accept`: `name` is needed to join, not to reset a password. */
export const acceptInvitationRequestSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name').max(200).optional(),
  password: passwordSchema,
});
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationRequestSchema>;

export const acceptInvitationResponseSchema = z.object({ email: z.string(), kind: invitationKindSchema });

export const invitationTokenParamSchema = z.object({ token: z.string().min(20).max(200) });
