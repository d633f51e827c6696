import type { Channel } from '@journeyflow/shared/messaging/channelContent';
import type { MessageKey } from '../../i18n/dictionary';

/** One editable text field of a channel's content. */
export type ContentField = {
  readonly key: string;
  /** The dictionary key of the field's label. */
  readonly label: MessageKey;
  readonly multiline: boolean;
  readonly required: boolean;
  readonly placeholder?: string;
};

const field = (
  key: string,
  label: MessageKey,
  multiline = false,
  required = false,
  placeholder?: string,
): ContentField => ({
  key,
  label,
  multiline,
  required,
  ...(placeholder ? { placeholder } : {}),
});

/**
 * The text fields the template editor shows per channel (SPEC §6 shapes). AlimTalk variables and Kakao
 * buttons are edited as lists beside these.
 */
export const contentFields: Readonly<Record<Channel, readonly ContentField[]>> = {
  sms: [
    field('text', 'tpl.field.text', true, true, '{{ customer.name }}님, …'),
    field('subject', 'tpl.field.smsSubject'),
    field('imageUrl', 'tpl.field.mmsImageUrl'),
  ],
  alimtalk: [field('templateCode', 'tpl.field.templateCode', false, true, 'ORDER_SHIPPED')],
  brandmessage: [
    field('text', 'tpl.field.text', true, true, '(광고) …'),
    field('imageUrl', 'tpl.field.imageUrl'),
  ],
  push: [
    field('title', 'tpl.field.title', false, true),
    field('body', 'tpl.field.body', true, true),
    field('deepLink', 'tpl.field.deepLink', false, false, 'myapp://cart'),
    field('imageUrl', 'tpl.field.imageUrl'),
  ],
  inapp: [
    field('title', 'tpl.field.title', false, true),
    field('body', 'tpl.field.body', true, true),
    field('imageUrl', 'tpl.field.imageUrl'),
    field('ctaLabel', 'tpl.field.ctaLabel'),
    field('ctaUrl', 'tpl.field.ctaUrl'),
  ],
  email: [
    field('subject', 'tpl.field.subject', false, true),
    field('html', 'tpl.field.html', true, true),
    field('text', 'tpl.field.plainText', true),
  ],
  webhook: [
    field('url', 'tpl.field.url', false, true, 'https://example.com/hook'),
    field('body', 'tpl.field.jsonBody', true),
  ],
};

/** A new template's content: required text fields empty, AlimTalk with no variables yet. */
export const emptyContent = (channel: Channel): Record<string, unknown> => {
  const content: Record<string, unknown> = {};
  for (const f of contentFields[channel]) if (f.required) content[f.key] = '';
  if (channel === 'alimtalk') content.variables = {};
  return content;
};

/** Drops empty optional fields so the content matches the channel's strict schema. */
export const cleanContent = (channel: Channel, content: Record<string, unknown>): Record<string, unknown> => {
  const cleaned: Record<string, unknown> = {};
  const known = new Map(contentFields[channel].map((f) => [f.key, f]));
  for (const [key, value] of Object.entries(content)) {
    const f = known.get(key);
    if (f && !f.required && (value === '' || value === undefined)) continue;
    if (key === 'buttons' && Array.isArray(value) && value.length === 0) continue;
    cleaned[key] = value;
  }
  return cleaned;
};
