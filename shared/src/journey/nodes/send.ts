import { z } from 'zod';
import {
  type Channel,
  channelContentSchemas,
  messagePurposeSchema,
  smsContentSchema,
} from '../../messaging/channelContent';
import { checkSendSettings } from '../../messaging/checkSendSettings';
import { defineNode } from '../nodeDefinition';

/** When the main channel fails (e.g. no KakaoTalk), the message is sent again as SMS/LMS with its own text. */
export const sendFallbackSchema = z.strictObject({
  channel: z.literal('sms'),
  content: smsContentSchema,
});
export type SendFallback = z.infer<typeof sendFallbackSchema>;

function sendVariant<const C extends Channel>(channel: C) {
  return z.strictObject({
    channel: z.literal(channel),
    purpose: messagePurposeSchema,
    /** A saved template of the same channel; exactly one of `templateId` and `content`. */
    templateId: z.string().min(1).optional(),
    content: channelContentSchemas[channel].optional(),
    fallback: sendFallbackSchema.optional(),
  });
}

export const sendSettingsSchema = z.discriminatedUnion('channel', [
  sendVariant('sms'),
  sendVariant('alimtalk'),
  sendVariant('brandmessage'),
  sendVariant('push'),
  sendVariant('inapp'),
  sendVariant('email'),
  sendVariant('webhook'),
]);
export type SendSettings = z.infer<typeof sendSettingsSchema>;

export const sendNode = defineNode({
  type: 'send',
  category: 'message',
  label: 'Send message',
  description: 'Send a message on one channel; "failed" lets you chain another channel when delivery fails.',
  settingsSchema: sendSettingsSchema,
  defaultSettings: { channel: 'sms', purpose: 'info', content: { text: '' } },
  outputHandles: () => ['next', 'failed'],
  requiredHandles: () => [],
  isWait: false,
  validate: (settings, context) => checkSendSettings(settings, context),
});
