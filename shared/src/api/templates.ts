import { z } from 'zod';
import {
  type Channel,
  channelContentSchemas,
  channelSchema,
  messagePurposeSchema,
} from '../messaging/channelContent';
import { isoTimestampSchema, listResponseSchema } from './common';

const templateNameSchema = z.string().trim().min(1, 'Enter a template name').max(200);

const templateBase = { name: templateNameSchema, purpose: messagePurposeSchema };

/** A template of one channel: `{ name, purpose, channel, content }`, its content of that channel's shape. */
const channelTemplateSchema = <C extends Channel>(channel: C) =>
  z.strictObject({ ...templateBase, channel: z.literal(channel), content: channelContentSchemas[channel] });

/** A template whose content has its channel's shape (SPEC §6); TypeScript narrows `content` by `channel`. */
export const templateInputSchema = z.discriminatedUnion('channel', [
  channelTemplateSchema('sms'),
  channelTemplateSchema('alimtalk'),
  channelTemplateSchema('brandmessage'),
  channelTemplateSchema('push'),
  channelTemplateSchema('inapp'),
  channelTemplateSchema('email'),
  channelTemplateSchema('webhook'),
]);
export type TemplateInput = z.infer<typeof templateInputSchema>;
export const createTemplateRequestSchema = templateInputSchema;
export type CreateTemplateRequest = z.infer<typeof createTemplateRequestSchema>;
/** PUT replaces the whole template. */
export const updateTemplateRequestSchema = templateInputSchema;
export type UpdateTemplateRequest = z.infer<typeof updateTemplateRequestSchema>;

export const templateSchema = z.object({
  id: z.string(),
  name: z.string(),
  channel: channelSchema,
  purpose: messagePurposeSchema,
  content: z.record(z.string(), z.unknown()),
  createdAt: isoTimestampSchema,
  updatedAt: isoTimestampSchema,
});
export type Template = z.infer<typeof templateSchema>;
export const templateListResponseSchema = listResponseSchema(templateSchema);

/** Preview with an existing customer, or with made-up data. */
export const templatePreviewRequestSchema = z.object({
  externalId: z.string().optional(),
  customer: z.record(z.string(), z.unknown()).optional(),
  event: z
    .object({ name: z.string().optional(), properties: z.record(z.string(), z.unknown()).optional() })
    .optional(),
});
export type TemplatePreviewRequest = z.infer<typeof templatePreviewRequestSchema>;

export const templatePreviewResponseSchema = z.object({
  rendered: z.record(z.string(), z.unknown()),
  missingVariables: z.array(z.string()),
  /** For SMS: the byte count and type of the rendered text. */
  sms: z
    .object({
      type: z.enum(['SMS', 'LMS', 'MMS']),
      bytes: z.number().int(),
      limit: z.number().int(),
      subjectBytes: z.number().int(),
      unsupportedChars: z.array(z.string()),
      overLimit: z.boolean(),
    })
    .optional(),
  /** Compliance issues of the rendered content. */
  issues: z
    .array(
      z.object({
        code: z.string(),
        message: z.string(),
        severity: z.enum(['error', 'warning']),
        /** Values for the web's Korean/English text of `code`. */
        params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      }),
    )
    .optional(),
});
export type TemplatePreviewResponse = z.infer<typeof templatePreviewResponseSchema>;

/** One saved state of a template (`GET /api/templates/:id/versions`), with who saved it. */
export const templateVersionSchema = z.object({
  version: z.number().int(),
  name: z.string(),
  purpose: messagePurposeSchema,
  content: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  createdBy: z.string().nullable().optional(),
  createdByName: z.string().nullable().optional(),
});
export type TemplateVersion = z.infer<typeof templateVersionSchema>;

export const templateVersionListResponseSchema = z.object({ items: z.array(templateVersionSchema) });
