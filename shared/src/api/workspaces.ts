import { z } from 'zod';
import { timeZoneSchema } from '../journey/timezone';
import { fatigueCapSchema } from '../messaging/channelSettings';
import { isoTimestampSchema } from './common';
import { createUserRequestSchema, userSchema } from './users';

/** Grade tiers are separate: see `audience/gradeTiers`. */
export const workspaceSettingsSchema = z.object({
  timezone: timeZoneSchema,
  /** Shown in ads after `(광고)`, e.g. `[데모몰]`. */
  senderName: z.string().max(50).optional(),
  /** The 080 number for free opt-out. */
  optOutNumber: z.string().max(30).optional(),
  fatigueCap: fatigueCapSchema,
});
export type WorkspaceSettings = z.infer<typeof workspaceSettingsSchema>;

export const workspaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  settings: workspaceSettingsSchema,
  createdAt: isoTimestampSchema,
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const updateWorkspaceSettingsRequestSchema = workspaceSettingsSchema.partial();
export type UpdateWorkspaceSettingsRequest = z.infer<typeof updateWorkspaceSettingsRequestSchema>;

/** `POST /api/workspaces`: a new, separate workspace and its first admin; the creator gets no access. */
export const createWorkspaceRequestSchema = z.object({
  name: z.string().trim().min(1, 'Enter a workspace name').max(200),
  timezone: timeZoneSchema.optional(),
  admin: createUserRequestSchema.omit({ role: true }),
});
export type CreateWorkspaceRequest = z.infer<typeof createWorkspaceRequestSchema>;

export const createWorkspaceResponseSchema = z.object({
  workspace: z.object({
    id: z.string(),
    name: z.string(),
    timezone: timeZoneSchema,
    createdAt: isoTimestampSchema,
  }),
  admin: userSchema,
});
export type CreateWorkspaceResponse = z.infer<typeof createWorkspaceResponseSchema>;
