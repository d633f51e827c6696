import { z } from 'zod';
import { type Channel, channelContentSchemas, messagePurposeSchema } from '../../messaging/channelContent';

/** When the main channel fails (e.g. no KakaoTalk), the message is sent again as SMS/LMS with its own text. */
export const sendFallbackSchema = z.strictObject({
  channel: z.literal('sms'),
  content: channelContentSchemas.sms,
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

/** One channel's send settings: `content` of that channel's shape, optional where a template stands instead. */
const channelSendSettingsSchema = <C extends Channel>(channel: C) =>
  z.strictObject({
    channel: z.literal(channel),
    ...sendBase,
    content: z.optional(channelContentSchemas[channel]),
  });

/** Discriminated by `channel`, so TypeScript narrows `content` by it. */
export const sendSettingsSchema = z.discriminatedUnion('channel', [
  channelSendSettingsSchema('sms'),
  channelSendSettingsSchema('alimtalk'),
  channelSendSettingsSchema('brandmessage'),
  channelSendSettingsSchema('push'),
  channelSendSettingsSchema('inapp'),
  channelSendSettingsSchema('email'),
  channelSendSettingsSchema('webhook'),
]);
export type SendSettings = z.infer<typeof sendSettingsSchema>;
