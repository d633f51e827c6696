import { z } from 'zod';
import { isoTimestampSchema, limitQuerySchema } from './common';
import { cursorQuerySchema, pageResponseSchema } from './paging';

/** What an audit entry is about (SPEC §7a: every change of these is recorded). */
export const auditEntityTypeSchema = z.enum([
  'journey',
  'template',
  'segment',
  'grade_tiers',
  'channel_settings',
  'prices',
  'messaging_settings',
  'alimtalk_template',
  'optout',
  'user',
  'api_key',
  'customer',
  'workspace',
  'session',
  'invitation',
  'test_recipient',
  'test_send',
]);
export type AuditEntityType = z.infer<typeof auditEntityTypeSchema>;

/** `GET /api/audit?entity=&actor=&from=&to=&cursor=&limit=`; `entity` is a type (`segment`) or `type:id`. */
export const workspaceAuditQuerySchema = z.object({
  entity: z.string().max(200).optional(),
  actor: z.string().max(200).optional(),
  from: isoTimestampSchema.optional(),
  to: isoTimestampSchema.optional(),
  cursor: cursorQuerySchema,
  limit: limitQuerySchema,
});
export type WorkspaceAuditQuery = z.infer<typeof workspaceAuditQuerySchema>;

export const workspaceAuditExportQuerySchema = workspaceAuditQuerySchema
  .omit({ cursor: true, limit: true })
  .extend({ format: z.enum(['csv']).default('csv') });
export type WorkspaceAuditExportQuery = z.infer<typeof workspaceAuditExportQuerySchema>;

/** One recorded change: who (actor), when, what (entity, action) and the state before and after (secrets redacted). */
export const workspaceAuditEntrySchema = z.object({
  id: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  beforeHash: z.string().nullable(),
  afterHash: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  createdAt: isoTimestampSchema,
});
export type WorkspaceAuditEntry = z.infer<typeof workspaceAuditEntrySchema>;

/** Newest first; `nextCursor` fetches the page after this one (null at the end). */
export const workspaceAuditListResponseSchema = pageResponseSchema(workspaceAuditEntrySchema);
