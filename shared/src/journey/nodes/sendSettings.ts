import { z } from 'zod';
import {
  alimtalkContentSchema,
  brandMessageContentSchema,
  emailContentSchema,
  inappContentSchema,
  messagePurposeSchema,
  pushContentSchema,
  smsContentSchema,
  webhookContentSchema,
} from '../../messaging/channelContent';

/** When the main channel fails (e.g. no KakaoTalk), the message is sent again as SMS/LMS with its own text. */
export const sendFallbackSchema = z.strictObject({
  channel: z.literal('sms'),
  content: smsContentSchema,
});
export type SendFallback = z.infer<typeof sendFallbackSchema>;

/**
 * "링크 추적" (link tracking): links are shortened at send time and clicks recorded (default on). `utm`
 * overrides the default UTM parameters per key; an empty value leaves that parameter out.
 */
export const linkTrackingSchema = z.strictObject({
  enabled: z.boolean(),
  utm: z
    .record(
      z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, 'Use letters, digits and _ . - only'),
      z.string().max(200),
    )
    .refine((utm) => Object.keys(utm).length <= 10, 'At most 10 UTM parameters')
    .optional(),
});
export type LinkTracking = z.infer<typeof linkTrackingSchema>;

/** Fields every channel's send settings share; `content` is added per channel below. */
const sendBase = {
  purpose: messagePurposeSchema,
  /** A saved template of the same channel; exactly one of `templateId` and `content`. */
  templateId: z.string().min(1).optional(),
  fallback: sendFallbackSchema.optional(),
  linkTracking: linkTrackingSchema.optional(),
};

// Written out per channel (not generated) so TypeScript narrows `content` by `channel`.
export const sendSettingsSchema = z.discriminatedUnion('channel', [
  z.strictObject({ channel: z.literal('sms'), ...sendBase, content: smsContentSchema.optional() }),
  z.strictObject({ channel: z.literal('alimtalk'), ...sendBase, content: alimtalkContentSchema.optional() }),
  z.strictObject({
    channel: z.literal('brandmessage'),
    ...sendBase,
    content: brandMessageContentSchema.optional(),
  }),
  z.strictObject({ channel: z.literal('push'), ...sendBase, content: pushContentSchema.optional() }),
  z.strictObject({ channel: z.literal('inapp'), ...sendBase, content: inappContentSchema.optional() }),
  z.strictObject({ channel: z.literal('email'), ...sendBase, content: emailContentSchema.optional() }),
  z.strictObject({ channel: z.literal('webhook'), ...sendBase, content: webhookContentSchema.optional() }),
]);
export type SendSettings = z.infer<typeof sendSettingsSchema>;
