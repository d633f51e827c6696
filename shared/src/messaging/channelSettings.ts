import { z } from 'zod';
import { channelSchema } from './channelContent';
import { linkHostSchema } from './linkHost';

/**
 * Channel settings API shapes (admin, `/api/channel-settings`). A provider config is sent as a flat object
 * `{ provider, ...fields }`; secret fields (`apiKey`, `apiSecret`, `accessToken`, `password`, `secret`) are
 * write-only: answers list only which of them are set.
 */
export const channelProviderSchema = z.enum(['sandbox', 'solapi', 'fcm', 'smtp', 'webhook']);
export type ChannelProvider = z.infer<typeof channelProviderSchema>;

export const channelSettingInputSchema = z.looseObject({ provider: channelProviderSchema });
export type ChannelSettingInput = z.infer<typeof channelSettingInputSchema>;

export const channelSettingSchema = z.object({
  channel: channelSchema,
  provider: channelProviderSchema,
  /** Non-secret fields only (base URL, sender number, host, …). */
  config: z.record(z.string(), z.unknown()),
  /** Names of the secret fields that hold a value; the values never leave the server. */
  secretsSet: z.array(z.string()),
  updatedAt: z.string().nullable(),
});
export type ChannelSetting = z.infer<typeof channelSettingSchema>;

/**
 * Workspace-wide fatigue cap (SPEC §6), counted per channel over a sliding window: at most `max` ads per
 * customer and channel in `perSeconds` (informational sends count too unless a journey opts them out).
 * On by default: 2 per 24 h.
 */
export const fatigueCapSchema = z.object({
  enabled: z.boolean(),
  max: z.number().int().min(1).max(100),
  perSeconds: z
    .number()
    .int()
    .min(3600)
    .max(30 * 86_400),
});
export type FatigueCap = z.infer<typeof fatigueCapSchema>;
export const defaultFatigueCap: FatigueCap = { enabled: true, max: 2, perSeconds: 86_400 };

/**
 * Workspace-wide total ad cap (issue 13): at most `max` ads per customer across ALL channels in
 * `perSeconds`, on top of the per-channel fatigue cap. On by default: 3 per 24 h, so one ad on each of
 * a few channels still goes out while a customer cannot be flooded across channels.
 */
export const totalAdCapSchema = fatigueCapSchema;
export type TotalAdCap = FatigueCap;
export const defaultTotalAdCap: TotalAdCap = { enabled: true, max: 3, perSeconds: 86_400 };

/**
 * Reads a stored cap (a jsonb value or its text) the one way the server and the engine both use: a
 * missing or malformed value means the default.
 */
export function parseStoredCap(raw: unknown, fallback: FatigueCap): FatigueCap {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return fallback;
    }
  }
  const parsed = fatigueCapSchema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

/**
 * The workspace's messaging rules (SPEC §6): the advertising identity ad texts must carry (sender name,
 * free 080 opt-out line), the per-channel fatigue cap and the total ad cap (defaults when left out), and
 * the host of its tracked short links (`JOURNEYFLOW_PUBLIC_URL` when left out).
 */
export const messagingSettingsSchema = z.object({
  senderName: z.string().trim().max(40),
  optoutLine: z.string().trim().max(60),
  fatigueCap: fatigueCapSchema.default(defaultFatigueCap),
  totalAdCap: totalAdCapSchema.default(defaultTotalAdCap),
  linkHost: linkHostSchema.optional(),
});
export type MessagingSettings = z.infer<typeof messagingSettingsSchema>;
export type MessagingSettingsInput = z.input<typeof messagingSettingsSchema>;

/** Billable Korean message types and their price in KRW per message. */
export const messageTypeSchema = z.enum(['SMS', 'LMS', 'MMS', 'ALIMTALK', 'BRAND_MESSAGE']);
export type MessageType = z.infer<typeof messageTypeSchema>;
export const channelPricesSchema = z.partialRecord(messageTypeSchema, z.number().min(0).max(10_000));
export type ChannelPrices = z.infer<typeof channelPricesSchema>;
/** `GET`/`PUT /api/channel-prices` answer: every message type's price, defaults filled in. */
export const channelPriceTableSchema = z.record(messageTypeSchema, z.number());

/** Typical list prices, used until a workspace sets its own. */
export const defaultChannelPrices: Readonly<Record<MessageType, number>> = {
  SMS: 20,
  LMS: 50,
  MMS: 200,
  ALIMTALK: 13,
  BRAND_MESSAGE: 20,
};

/** A Kakao-registered AlimTalk template (`#{variable}` placeholders in `body`). */
export const alimtalkTemplateSchema = z.object({
  code: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(200),
  body: z.string().min(1).max(1000, 'AlimTalk allows at most 1,000 characters'),
  buttons: z
    .array(z.object({ name: z.string().min(1).max(14), url: z.string().min(1).optional() }))
    .max(5, 'AlimTalk allows at most 5 buttons')
    .default([]),
  status: z.enum(['pending', 'approved', 'rejected']).default('approved'),
});
export type AlimtalkTemplate = z.infer<typeof alimtalkTemplateSchema>;

/** `POST /api/delivery-status`: a provider's report, matched by any id it echoes back. */
export const deliveryStatusReportSchema = z
  .object({
    outboxId: z.string().min(1).optional(),
    providerMessageId: z.string().min(1).optional(),
    idempotencyKey: z.string().min(1).optional(),
    status: z.enum(['delivered', 'failed', 'clicked']),
    error: z.string().max(500).optional(),
  })
  .refine((r) => r.outboxId || r.providerMessageId || r.idempotencyKey, {
    message: 'Give outboxId, providerMessageId or idempotencyKey',
  });
export type DeliveryStatusReportInput = z.infer<typeof deliveryStatusReportSchema>;
