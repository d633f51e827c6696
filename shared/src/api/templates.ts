import { z } from 'zod';
import {
  type Channel,
  channelContentSchemas,
  channelSchema,
  messagePurposeSchema,
} from '../messaging/channelContent';
import { isoTimestampSchema, listResponseSchema } from './common';

const templateNameSchema = z.string().trim().min(1, 'Enter a template name').max(200);

function templateVariant<const C extends Channel>(channel: C) {
  return z.strictObject({
    name: templateNameSchema,
    channel: z.literal(channel),
    purpose: messagePurposeSchema,
    content: channelContentSchemas[channel],
  });
}

/** A template `{ name, channel, purpose, content }` whose content has its channel's shape (SPEC §6). */
export const templateInputSchema = z.discriminatedUnion('channel', [
  templateVariant('sms'),
  templateVariant('alimtalk'),
  templateVariant('brandmessage'),
  templateVariant('push'),
  templateVariant('inapp'),
  templateVariant('email'),
  templateVariant('webhook'),
]);
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
    .array(z.object({ code: z.string(), message: z.string(), severity: z.enum(['error', 'warning']) }))
    .optional(),
});
export type TemplatePreviewResponse = z.infer<typeof templatePreviewResponseSchema>;
