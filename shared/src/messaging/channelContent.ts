import { z } from 'zod';

/** Delivery channels of a `send` node (SPEC §6). */
export const channelSchema = z.enum(['sms', 'alimtalk', 'brandmessage', 'push', 'inapp', 'email', 'webhook']);
export type Channel = z.infer<typeof channelSchema>;
export const channels: readonly Channel[] = channelSchema.options;

/** `ad` messages fall under the Korean advertising rules; `info` messages need no marketing consent. */
export const messagePurposeSchema = z.enum(['info', 'ad']);
export type MessagePurpose = z.infer<typeof messagePurposeSchema>;

const text = (what: string) => z.string().min(1, `Enter the ${what}`);

/** A Kakao button (AlimTalk / Brand Message). `url` may hold Liquid or `#{variable}` placeholders. */
export const kakaoButtonSchema = z.strictObject({
  name: z.string().min(1, 'Enter the button label').max(14, 'A button label has at most 14 characters'),
  url: z.string().min(1).optional(),
});
export type KakaoButton = z.infer<typeof kakaoButtonSchema>;

export const smsContentSchema = z.strictObject({
  text: text('message text'),
  subject: z.string().optional(),
  imageUrl: z.string().min(1).optional(),
});
export type SmsContent = z.infer<typeof smsContentSchema>;

export const alimtalkContentSchema = z.strictObject({
  templateCode: text('registered AlimTalk template code'),
  /** Values for the registered template's `#{name}` placeholders; each may be Liquid. */
  variables: z.record(z.string().min(1), z.string()).default({}),
  buttons: z.array(kakaoButtonSchema).max(5, 'AlimTalk allows at most 5 buttons').optional(),
});
export type AlimtalkContent = z.infer<typeof alimtalkContentSchema>;

export const brandMessageContentSchema = z.strictObject({
  text: text('message text'),
  imageUrl: z.string().min(1).optional(),
  buttons: z.array(kakaoButtonSchema).max(5, 'A Brand Message allows at most 5 buttons').optional(),
});
export type BrandMessageContent = z.infer<typeof brandMessageContentSchema>;

export const pushContentSchema = z.strictObject({
  title: text('push title'),
  body: text('push body'),
  deepLink: z.string().min(1).optional(),
  imageUrl: z.string().min(1).optional(),
});
export type PushContent = z.infer<typeof pushContentSchema>;

export const inappContentSchema = z.strictObject({
  title: text('title'),
  body: text('body'),
  imageUrl: z.string().min(1).optional(),
  ctaLabel: z.string().min(1).optional(),
  ctaUrl: z.string().min(1).optional(),
});
export type InappContent = z.infer<typeof inappContentSchema>;

export const emailContentSchema = z.strictObject({
  subject: text('email subject'),
  html: text('email body (HTML)'),
  text: z.string().optional(),
});
export type EmailContent = z.infer<typeof emailContentSchema>;

export const webhookContentSchema = z.strictObject({
  url: z
    .string()
    .min(1, 'Enter the webhook URL')
    .regex(/^(https?:\/\/|\{\{)/, 'The webhook URL must start with http:// or https://'),
  /** A Liquid template for the request body, or a JSON object whose string values are Liquid templates. */
  body: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
});
export type WebhookContent = z.infer<typeof webhookContentSchema>;

/** Content schema per channel: one place to look a channel's content shape up. */
export const channelContentSchemas = {
  sms: smsContentSchema,
  alimtalk: alimtalkContentSchema,
  brandmessage: brandMessageContentSchema,
  push: pushContentSchema,
  inapp: inappContentSchema,
  email: emailContentSchema,
  webhook: webhookContentSchema,
} as const satisfies Record<Channel, z.ZodType>;

export type ChannelContentMap = { [C in Channel]: z.infer<(typeof channelContentSchemas)[C]> };
export type ChannelContent<C extends Channel = Channel> = ChannelContentMap[C];
